package dev.alchemy.url;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.alchemy.url.InvalidDatabaseUrlException.Kind;
import org.jspecify.annotations.Nullable;

/**
 * Splits an SQLAlchemy URL into its parts. Hand-written because {@link java.net.URI}
 * refuses what SQLAlchemy accepts, such as unescaped characters in passwords.
 */
final class UrlParser {

	private static final Map<String, Dialect> SCHEMES;

	static {
		Map<String, Dialect> schemes = new LinkedHashMap<>();
		schemes.put("postgresql", Dialect.POSTGRESQL);
		schemes.put("postgres", Dialect.POSTGRESQL);
		schemes.put("mysql", Dialect.MYSQL);
		schemes.put("mariadb", Dialect.MARIADB);
		schemes.put("sqlite", Dialect.SQLITE);
		schemes.put("h2", Dialect.H2);
		schemes.put("mssql", Dialect.MSSQL);
		schemes.put("oracle", Dialect.ORACLE);
		schemes.put("cockroachdb", Dialect.COCKROACHDB);
		SCHEMES = Collections.unmodifiableMap(schemes);
	}

	private static final Set<String> ASYNC_DRIVERS = Set.of("asyncpg", "psycopg_async", "aiosqlite", "aiomysql",
			"asyncmy", "aioodbc", "oracledb_async");

	private static final Set<Dialect> SERVER_DIALECTS = Set.of(Dialect.POSTGRESQL, Dialect.COCKROACHDB, Dialect.MYSQL,
			Dialect.MARIADB, Dialect.MSSQL, Dialect.ORACLE);

	private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(\\+[A-Za-z0-9_]+)?");

	private static final Pattern JDBC_SUBPROTOCOL = Pattern.compile("[A-Za-z0-9._-]+");

	private static final String SYNTAX = "dialect[+driver]://[user[:password]@][host][:port][/database][?options]";

	private UrlParser() {
	}

	static UrlParts parse(String url) {
		String text = url.strip();
		if (text.isEmpty()) {
			throw new InvalidDatabaseUrlException(Kind.MALFORMED, text, "The URL is blank");
		}
		if (text.regionMatches(true, 0, "jdbc:", 0, 5)) {
			return parseJdbc(text);
		}
		int separator = text.indexOf("://");
		if (separator < 0) {
			throw new InvalidDatabaseUrlException(Kind.MALFORMED, text, missingSlashes(text));
		}
		String scheme = text.substring(0, separator);
		if (!SCHEME.matcher(scheme).matches()) {
			throw new InvalidDatabaseUrlException(Kind.MALFORMED, text,
					"The scheme must read dialect or dialect+driver, as in postgresql+psycopg2; expected " + SYNTAX);
		}
		int plus = scheme.indexOf('+');
		String name = ((plus < 0) ? scheme : scheme.substring(0, plus)).toLowerCase(Locale.ROOT);
		String driver = (plus < 0) ? null : scheme.substring(plus + 1);
		Dialect dialect = SCHEMES.get(name);
		if (dialect == null) {
			throw new InvalidDatabaseUrlException(Kind.UNKNOWN_SCHEME, text, "Unknown database scheme '" + name
					+ "'; supported: " + String.join(", ", SCHEMES.keySet()) + ", or any jdbc: URL");
		}
		if (driver != null && isAsync(driver)) {
			throw new InvalidDatabaseUrlException(Kind.ASYNC_DRIVER, text, "The driver '" + driver
					+ "' is asynchronous but JDBC is blocking; drop the '+" + driver + "' suffix");
		}
		return parseRest(text, scheme, driver, dialect, separator + 3);
	}

	private static UrlParts parseRest(String text, String scheme, @Nullable String driver, Dialect dialect,
			int start) {
		String username = null;
		String password = null;
		int hostStart = start;
		int at = userInfoEnd(text, start);
		if (at >= 0) {
			String userInfo = text.substring(start, at);
			int colon = userInfo.indexOf(':');
			username = decode(text, (colon < 0) ? userInfo : userInfo.substring(0, colon), "user name");
			username = username.isEmpty() ? null : username;
			password = (colon < 0) ? null : decode(text, userInfo.substring(colon + 1), "password");
			hostStart = at + 1;
		}
		int authorityEnd = indexOfAny(text, "/?", hostStart);
		HostAndPort address = HostAndPort.split(text, text.substring(hostStart, authorityEnd));
		String host = (address.host() != null) ? decode(text, address.host(), "host") : null;
		if (host != null) {
			HostAndPort.validate(text, host);
		}
		int queryStart = text.indexOf('?', authorityEnd);
		String database = null;
		if (authorityEnd < text.length() && text.charAt(authorityEnd) == '/') {
			String path = text.substring(authorityEnd + 1, (queryStart < 0) ? text.length() : queryStart);
			database = path.isEmpty() ? null : decode(text, path, "database");
		}
		Map<String, List<String>> query = (queryStart < 0) ? Collections.emptyMap()
				: parseQuery(text, text.substring(queryStart + 1));
		if (SERVER_DIALECTS.contains(dialect) && host == null && address.port() == null && database == null
				&& !query.containsKey("host")) {
			throw new InvalidDatabaseUrlException(Kind.MALFORMED, text,
					"The URL names no host and no database; expected " + SYNTAX);
		}
		return new UrlParts(text, scheme, driver, dialect, username, password, host, address.port(), database, query,
				false);
	}

	private static UrlParts parseJdbc(String text) {
		int colon = text.indexOf(':', 5);
		String subprotocol = (colon < 0) ? "" : text.substring(5, colon);
		if (!JDBC_SUBPROTOCOL.matcher(subprotocol).matches()) {
			throw new InvalidDatabaseUrlException(Kind.MALFORMED, text,
					"A jdbc: URL needs a subprotocol, as in jdbc:postgresql://host/db");
		}
		return new UrlParts(text, text.substring(0, 4), null, Dialect.forJdbcSubprotocol(subprotocol), null, null,
				null, null, null, Collections.emptyMap(), true);
	}

	/**
	 * Find the {@code @} that ends the user info of the authority starting at
	 * {@code start}. The password may hold any character, {@code @} included: the last
	 * {@code @} before the path wins. A {@code '/'} or {@code '?'} before the user name
	 * ends means the {@code @} belongs to a path or a query instead.
	 * @return the index of the {@code @}, or -1 when there is no user info
	 */
	static int userInfoEnd(String text, int start) {
		int firstAt = text.indexOf('@', start);
		if (firstAt < 0 || text.startsWith("[", start)) {
			return -1;
		}
		for (int i = start; i < firstAt; i++) {
			char c = text.charAt(i);
			if (c == ':') {
				break;
			}
			if (c == '/' || c == '?') {
				return -1;
			}
		}
		int hostEnd = indexOfAny(text, "/?", firstAt + 1);
		return text.lastIndexOf('@', hostEnd - 1);
	}

	private static Map<String, List<String>> parseQuery(String text, String query) {
		Map<String, List<String>> options = new LinkedHashMap<>();
		for (String pair : query.split("&", -1)) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String key = decode(text, (equals < 0) ? pair : pair.substring(0, equals), "name of a query option");
			if (key.isEmpty()) {
				throw new InvalidDatabaseUrlException(Kind.MALFORMED, text, "A query option has a value but no name");
			}
			String value = (equals < 0) ? "" : decode(text, pair.substring(equals + 1), "value of a query option");
			options.computeIfAbsent(key, (k) -> new ArrayList<>()).add(value);
		}
		Map<String, List<String>> frozen = new LinkedHashMap<>();
		options.forEach((key, values) -> frozen.put(key, List.copyOf(values)));
		return Collections.unmodifiableMap(frozen);
	}

	private static String decode(String text, String part, String what) {
		String decoded = PercentCodec.decode(part);
		if (decoded == null) {
			throw new InvalidDatabaseUrlException(Kind.MALFORMED, text,
					"The " + what + " is not valid UTF-8 once percent-decoded");
		}
		return decoded;
	}

	private static boolean isAsync(String driver) {
		String name = driver.toLowerCase(Locale.ROOT);
		// Beyond the known list, the naming habits of async drivers catch new ones.
		return ASYNC_DRIVERS.contains(name) || name.startsWith("aio") || name.startsWith("async")
				|| name.endsWith("_async");
	}

	private static String missingSlashes(String text) {
		int colon = text.indexOf(':');
		if (colon > 0) {
			String prefix = text.substring(0, colon);
			int plus = prefix.indexOf('+');
			String name = ((plus < 0) ? prefix : prefix.substring(0, plus)).toLowerCase(Locale.ROOT);
			if (SCHEMES.containsKey(name)) {
				return "The scheme must be followed by '://', as in " + name + "://host/database (sqlite:///file.db "
						+ "for a file)";
			}
		}
		return "Not a database URL; expected " + SYNTAX + " or a jdbc: URL";
	}

	static int indexOfAny(String text, String chars, int from) {
		for (int i = from; i < text.length(); i++) {
			if (chars.indexOf(text.charAt(i)) >= 0) {
				return i;
			}
		}
		return text.length();
	}

}
