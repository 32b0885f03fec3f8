package dev.alchemy.url;

import java.util.Locale;

/**
 * Replaces passwords in URL-like text with {@code ***}. It works on text that does not
 * parse too, because that is the text that ends up in error messages.
 */
final class UrlMasker {

	static final String MASK = "***";

	private UrlMasker() {
	}

	static String mask(String text) {
		try {
			return maskParameters(maskUserInfo(maskOracleCredentials(text)));
		}
		catch (RuntimeException ex) {
			// Text this odd cannot be shown safely at all.
			return MASK;
		}
	}

	/**
	 * Mask the password of {@code scheme://user:password@host}. Text without {@code ://}
	 * may still be {@code user:password@host} with the scheme left off or mistyped.
	 */
	private static String maskUserInfo(String text) {
		int separator = text.indexOf("://");
		int start;
		if (separator >= 0) {
			start = separator + 3;
		}
		else if (text.regionMatches(true, 0, "jdbc:", 0, 5)) {
			return text;
		}
		else {
			start = 0;
		}
		int at = UrlParser.userInfoEnd(text, start);
		if (at < 0) {
			return text;
		}
		int colon = text.indexOf(':', start);
		if (colon < 0 || colon > at) {
			return text;
		}
		if (separator < 0 && text.substring(0, at).chars().anyMatch(Character::isWhitespace)) {
			// Prose, such as a driver's error message, rather than user:password@host.
			return text;
		}
		return text.substring(0, colon + 1) + MASK + text.substring(at);
	}

	/**
	 * Mask Oracle's {@code jdbc:oracle:thin:user/password@...}.
	 */
	private static String maskOracleCredentials(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		if (!lower.startsWith("jdbc:oracle:")) {
			return text;
		}
		int driverEnd = text.indexOf(':', "jdbc:oracle:".length());
		int at = text.indexOf('@');
		if (driverEnd < 0 || at < driverEnd) {
			return text;
		}
		int slash = text.indexOf('/', driverEnd);
		if (slash < 0 || slash > at) {
			return text;
		}
		return text.substring(0, slash + 1) + MASK + text.substring(at);
	}

	/**
	 * Mask {@code password=...} in {@code ?}, {@code &} and {@code ;} separated options,
	 * including SQL Server's braced values such as {@code password={a;b}}.
	 */
	private static String maskParameters(String text) {
		StringBuilder masked = new StringBuilder(text.length());
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i++);
			masked.append(c);
			if (c != '?' && c != '&' && c != ';') {
				continue;
			}
			int keyEnd = UrlParser.indexOfAny(text, "=?&;", i);
			if (keyEnd == text.length() || text.charAt(keyEnd) != '=') {
				continue;
			}
			String key = text.substring(i, keyEnd).strip().toLowerCase(Locale.ROOT);
			if (isSecret(key)) {
				masked.append(text, i, keyEnd + 1).append(MASK);
				i = valueEnd(text, keyEnd + 1);
			}
		}
		return masked.toString();
	}

	private static boolean isSecret(String key) {
		// Also catches sslpassword, keyStorePassword, trustStorePassword and the like.
		return key.endsWith("password") || key.endsWith("passwd") || key.endsWith("pwd");
	}

	private static int valueEnd(String text, int start) {
		int i = start;
		while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
			i++;
		}
		if (i < text.length() && text.charAt(i) == '{') {
			i++;
			while (i < text.length()) {
				if (text.charAt(i) == '}') {
					if (i + 1 < text.length() && text.charAt(i + 1) == '}') {
						i += 2;
						continue;
					}
					i++;
					break;
				}
				i++;
			}
		}
		return UrlParser.indexOfAny(text, "&;", i);
	}

}
