package dev.alchemy.url;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.alchemy.url.InvalidDatabaseUrlException.Kind;
import org.jspecify.annotations.Nullable;

/**
 * Translates {@code postgresql://} and {@code cockroachdb://} URLs for pgjdbc.
 */
final class PostgresqlTranslator {

	private static final List<String> SUPPORTED = List.of("sslmode", "sslrootcert", "sslcert", "sslkey",
			"application_name", "connect_timeout", "options", "target_session_attrs", "host", "port");

	private static final Map<String, String> SSL_MODES = Options.table("disable", "disable", "allow", "allow", "prefer",
			"prefer", "require", "require", "verify-ca", "verify-ca", "verify-full", "verify-full");

	private static final Map<String, String> TARGET_SERVER_TYPES = Options.table("any", "any", "read-write", "primary",
			"primary", "primary", "read-only", "secondary", "standby", "secondary", "prefer-standby",
			"preferSecondary");

	private static final Pattern SEARCH_PATH = Pattern.compile("-c\\s*search_path\\s*=\\s*(\\S+)");

	private static final int COCKROACHDB_PORT = 26257;

	// pgjdbc decodes parameter values and the database name, so both are encoded.
	private static final String VALUE_SAFE = "/:,=@$!*'()";

	private static final String DATABASE_SAFE = ":,=@$!*'()";

	private PostgresqlTranslator() {
	}

	static Translation translate(UrlParts url) {
		List<String> hosts = new ArrayList<>();
		String ports = null;
		Options parameters = new Options();
		for (Map.Entry<String, List<String>> option : url.query().entrySet()) {
			String key = option.getKey();
			if (key.equals("host")) {
				hosts.addAll(option.getValue());
				continue;
			}
			String value = Options.single(url, key, option.getValue());
			switch (key) {
				case "port" -> ports = value;
				case "sslmode" -> parameters.add("sslmode", Options.lookup(url, key, value, SSL_MODES));
				case "sslrootcert", "sslcert", "sslkey" -> parameters.add(key, value);
				case "application_name" -> parameters.add("ApplicationName", value);
				case "connect_timeout" -> parameters.add("connectTimeout", Options.wholeSeconds(url, key, value));
				case "options" -> addOptions(parameters, value);
				case "target_session_attrs" ->
					parameters.add("targetServerType", Options.lookup(url, key, value, TARGET_SERVER_TYPES));
				default -> throw Options.unknown(url, key, SUPPORTED);
			}
		}
		Integer defaultPort = (url.dialect() == Dialect.COCKROACHDB) ? COCKROACHDB_PORT : null;
		List<String> addresses = new ArrayList<>();
		for (HostAndPort address : addresses(url, hosts, ports)) {
			if (address.host() != null && address.host().startsWith("/")) {
				throw url.fail(Kind.UNSUPPORTED_FORM, "Unix-domain sockets are not supported by the PostgreSQL "
						+ "JDBC driver; give a TCP host, as in host=db.internal:5432");
			}
			addresses.add(address.render(defaultPort));
		}
		String database = (url.database() != null) ? PercentCodec.encode(url.database(), DATABASE_SAFE) : "";
		// pgjdbc refuses a URL without the slash after the host, even with no database.
		return Translation.fixed("jdbc:postgresql://" + String.join(",", addresses) + "/" + database
				+ parameters.join("?", "&", (value) -> PercentCodec.encode(value, VALUE_SAFE)), false);
	}

	private static void addOptions(Options parameters, String value) {
		Matcher searchPath = SEARCH_PATH.matcher(value.strip());
		if (searchPath.matches()) {
			parameters.add("currentSchema", searchPath.group(1));
		}
		else {
			parameters.add("options", value);
		}
	}

	/**
	 * Collect the hosts, from the authority or from libpq's {@code host=} options: either
	 * repeated {@code host=A:5432&host=B:5433} or {@code host=A,B&port=5432,5433}.
	 */
	private static List<HostAndPort> addresses(UrlParts url, List<String> hosts, @Nullable String ports) {
		List<HostAndPort> addresses = new ArrayList<>();
		if (hosts.isEmpty()) {
			addresses.add(new HostAndPort(url.host(), url.port()));
		}
		else {
			if (url.host() != null || url.port() != null) {
				throw url.fail(Kind.UNSUPPORTED_FORM,
						"Give the host either before the database or as host= options, not both");
			}
			for (String host : hosts) {
				for (String token : host.split(",", -1)) {
					HostAndPort address = HostAndPort.split(url.text(), token.strip());
					if (address.host() == null) {
						throw url.fail(Kind.MALFORMED, "A host= option names no host");
					}
					HostAndPort.validate(url.text(), address.host());
					addresses.add(address);
				}
			}
		}
		return (ports != null) ? withPorts(url, addresses, ports) : addresses;
	}

	private static List<HostAndPort> withPorts(UrlParts url, List<HostAndPort> addresses, String ports) {
		String[] tokens = ports.split(",", -1);
		if (tokens.length != 1 && tokens.length != addresses.size()) {
			throw url.fail(Kind.MALFORMED, "The port= option lists " + tokens.length + " ports for "
					+ addresses.size() + " hosts; give one port, or one per host");
		}
		List<HostAndPort> result = new ArrayList<>();
		for (int i = 0; i < addresses.size(); i++) {
			HostAndPort address = addresses.get(i);
			if (address.port() != null) {
				throw url.fail(Kind.MALFORMED, "A host has a port both after ':' and in the port= option");
			}
			String token = tokens[(tokens.length == 1) ? 0 : i].strip();
			result.add(address.withPort(HostAndPort.port(url.text(), token)));
		}
		return result;
	}

}
