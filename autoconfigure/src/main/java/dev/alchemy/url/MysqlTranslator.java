package dev.alchemy.url;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.alchemy.url.InvalidDatabaseUrlException.Kind;

/**
 * Translates {@code mysql://} URLs for MySQL Connector/J and {@code mariadb://} URLs for
 * MariaDB Connector/J.
 */
final class MysqlTranslator {

	private static final List<String> MYSQL_SUPPORTED = List.of("charset", "connect_timeout", "read_timeout",
			"ssl_mode", "ssl-mode");

	private static final List<String> MARIADB_SUPPORTED = MYSQL_SUPPORTED;

	private static final Map<String, String> MYSQL_CHARSETS = Options.table("utf8mb4", "UTF-8", "utf8", "UTF-8",
			"utf8mb3", "UTF-8", "latin1", "ISO-8859-1");

	private static final Map<String, String> MYSQL_SSL_MODES = Options.table("disabled", "DISABLED", "preferred",
			"PREFERRED", "required", "REQUIRED", "verify_ca", "VERIFY_CA", "verify_identity", "VERIFY_IDENTITY");

	private static final Map<String, String> MARIADB_SSL_MODES = Options.table("disabled", "disable", "required",
			"trust", "verify_ca", "verify-ca", "verify_identity", "verify-full");

	// Connector/J decodes the database name and option values.
	private static final String MYSQL_VALUE_SAFE = "/:,=@$!*'()";

	private static final String MYSQL_DATABASE_SAFE = ":,=@$!*'()";

	private MysqlTranslator() {
	}

	static Translation mysql(UrlParts url) {
		Options parameters = new Options();
		boolean charset = false;
		boolean sslMode = false;
		for (Map.Entry<String, List<String>> option : url.query().entrySet()) {
			String key = option.getKey();
			String value = Options.single(url, key, option.getValue());
			switch (key) {
				case "charset" -> {
					charset = true;
					parameters.add("characterEncoding", Options.lookup(url, key, value, MYSQL_CHARSETS));
				}
				case "connect_timeout" -> parameters.add("connectTimeout", Options.secondsToMillis(url, key, value));
				case "read_timeout" -> parameters.add("socketTimeout", Options.secondsToMillis(url, key, value));
				case "ssl_mode", "ssl-mode" -> {
					sslMode = once(url, sslMode, key);
					parameters.add("sslMode", Options.lookup(url, key, sslModeKey(value), value, MYSQL_SSL_MODES));
				}
				case "unix_socket" -> throw unixSocket(url);
				default -> throw Options.unknown(url, key, MYSQL_SUPPORTED);
			}
		}
		if (!charset) {
			// Flask-SQLAlchemy adds charset=utf8mb4 when the URL names none.
			parameters.add("characterEncoding", "UTF-8");
		}
		String database = (url.database() != null) ? PercentCodec.encode(url.database(), MYSQL_DATABASE_SAFE) : "";
		return Translation.fixed("jdbc:mysql://" + address(url) + "/" + database
				+ parameters.join("?", "&", (value) -> PercentCodec.encode(value, MYSQL_VALUE_SAFE)), false);
	}

	static Translation mariadb(UrlParts url) {
		Options parameters = new Options();
		boolean sslMode = false;
		for (Map.Entry<String, List<String>> option : url.query().entrySet()) {
			String key = option.getKey();
			String value = Options.single(url, key, option.getValue());
			switch (key) {
				case "charset" -> {
					// Connector/J 3 always talks utf8mb4, so only that can be honoured.
					if (!value.equalsIgnoreCase("utf8mb4") && !value.equalsIgnoreCase("utf8")) {
						throw Options.badValue(url, key, value,
								"utf8mb4 or utf8, the only character set MariaDB Connector/J uses");
					}
				}
				case "connect_timeout" -> parameters.add("connectTimeout", Options.secondsToMillis(url, key, value));
				case "read_timeout" -> parameters.add("socketTimeout", Options.secondsToMillis(url, key, value));
				case "ssl_mode", "ssl-mode" -> {
					sslMode = once(url, sslMode, key);
					parameters.add("sslMode", Options.lookup(url, key, sslModeKey(value), value, MARIADB_SSL_MODES));
				}
				case "unix_socket" -> throw unixSocket(url);
				default -> throw Options.unknown(url, key, MARIADB_SUPPORTED);
			}
		}
		String database = (url.database() != null) ? url.database() : "";
		// MariaDB Connector/J does not decode the database name, so it cannot be escaped.
		if (database.indexOf('/') >= 0 || database.indexOf('?') >= 0) {
			throw url.fail(Kind.UNSUPPORTED_FORM,
					"MariaDB Connector/J cannot read a database name that holds '/' or '?'");
		}
		return Translation.fixed("jdbc:mariadb://" + address(url) + "/" + database + parameters.join("?", "&",
				(value) -> value), false);
	}

	private static InvalidDatabaseUrlException unixSocket(UrlParts url) {
		return url.fail(Kind.UNSUPPORTED_FORM, "Unix-domain sockets (unix_socket) are not supported over JDBC; "
				+ "give a TCP host, as in " + url.dialect().label() + "://db.internal:3306/app");
	}

	private static boolean once(UrlParts url, boolean seen, String key) {
		if (seen) {
			throw url.fail(Kind.UNSUPPORTED_OPTION, "Query option '" + key + "' repeats ssl_mode; give it once");
		}
		return true;
	}

	private static String sslModeKey(String value) {
		return value.toLowerCase(Locale.ROOT).replace('-', '_');
	}

	private static String address(UrlParts url) {
		return new HostAndPort(url.host(), url.port()).render(null);
	}

}
