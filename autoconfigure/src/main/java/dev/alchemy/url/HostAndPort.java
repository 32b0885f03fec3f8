package dev.alchemy.url;

import java.util.regex.Pattern;

import dev.alchemy.url.InvalidDatabaseUrlException.Kind;
import org.jspecify.annotations.Nullable;

/**
 * A host with an optional port, as found in a URL authority or a {@code host=} option.
 *
 * @param host the host, IPv6 addresses without brackets, or {@code null}
 * @param port the port, or {@code null}
 */
record HostAndPort(@Nullable String host, @Nullable Integer port) {

	private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(%[A-Za-z0-9._~-]+)?");

	/**
	 * Split {@code host[:port]} or {@code [ipv6][:port]}. The host is returned as written;
	 * decoding is left to the caller because an escaped {@code %3A} must not split.
	 * @param url the whole URL, for error messages
	 * @param text the part to split
	 */
	static HostAndPort split(String url, String text) {
		if (text.startsWith("[")) {
			int close = text.indexOf(']');
			if (close < 0) {
				throw new InvalidDatabaseUrlException(Kind.MALFORMED, url, "An IPv6 host opens '[' but never closes it");
			}
			String address = text.substring(1, close);
			// Still undecoded here, a zone reads %25eth0, which the pattern accepts too.
			if (!IPV6.matcher(address).matches()) {
				throw new InvalidDatabaseUrlException(Kind.MALFORMED, url,
						"Brackets in a host hold an IPv6 address, as in [::1]");
			}
			String rest = text.substring(close + 1);
			if (!rest.isEmpty() && !rest.startsWith(":")) {
				throw new InvalidDatabaseUrlException(Kind.MALFORMED, url,
						"An IPv6 host in brackets can only be followed by ':port'");
			}
			return new HostAndPort(address, rest.isEmpty() ? null : port(url, rest.substring(1)));
		}
		int colon = text.indexOf(':');
		if (colon < 0) {
			return new HostAndPort(text.isEmpty() ? null : text, null);
		}
		if (text.indexOf(':', colon + 1) >= 0) {
			throw new InvalidDatabaseUrlException(Kind.MALFORMED, url,
					"A host has more than one ':'; write an IPv6 address in brackets, as in [::1]:5432");
		}
		String host = text.substring(0, colon);
		return new HostAndPort(host.isEmpty() ? null : host, port(url, text.substring(colon + 1)));
	}

	/**
	 * Check a decoded host; IPv6 addresses are recognised by their colons.
	 */
	static void validate(String url, String host) {
		if (host.contains(":") && !IPV6.matcher(host).matches()) {
			throw new InvalidDatabaseUrlException(Kind.MALFORMED, url,
					"An IPv6 host may hold only hex digits, ':' and '.', and a '%' zone");
		}
		for (int i = 0; i < host.length(); i++) {
			if (Character.isWhitespace(host.charAt(i)) || Character.isISOControl(host.charAt(i))) {
				throw new InvalidDatabaseUrlException(Kind.MALFORMED, url, "The host contains whitespace or control characters");
			}
		}
	}

	static Integer port(String url, String text) {
		boolean digits = !text.isEmpty() && text.length() <= 5;
		for (int i = 0; digits && i < text.length(); i++) {
			digits = text.charAt(i) >= '0' && text.charAt(i) <= '9';
		}
		int port = digits ? Integer.parseInt(text) : 0;
		if (port < 1 || port > 65535) {
			throw new InvalidDatabaseUrlException(Kind.MALFORMED, url, "The port must be a number from 1 to 65535");
		}
		return port;
	}

	HostAndPort withPort(@Nullable Integer port) {
		return new HostAndPort(this.host, port);
	}

	/**
	 * Render as {@code host[:port]}, bracketing an IPv6 address.
	 */
	String render(@Nullable Integer defaultPort) {
		String host = (this.host != null) ? this.host : "localhost";
		String rendered = host.contains(":") ? "[" + host + "]" : host;
		Integer port = (this.port != null) ? this.port : defaultPort;
		return (port != null) ? rendered + ":" + port : rendered;
	}

}
