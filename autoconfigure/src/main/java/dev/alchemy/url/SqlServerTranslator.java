package dev.alchemy.url;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.alchemy.url.InvalidDatabaseUrlException.Kind;

/**
 * Translates {@code mssql://} URLs for Microsoft's JDBC driver, which takes
 * {@code ;key=value} properties instead of a query.
 */
final class SqlServerTranslator {

	private static final List<String> SUPPORTED = List.of("driver", "TrustServerCertificate", "Encrypt",
			"applicationName", "application_name");

	private static final Map<String, String> YES_NO = Options.table("yes", "true", "no", "false", "true", "true",
			"false", "false");

	private static final Map<String, String> ENCRYPT = Options.table("yes", "true", "no", "false", "true", "true",
			"false", "false", "mandatory", "true", "optional", "false", "strict", "strict");

	private SqlServerTranslator() {
	}

	static Translation translate(UrlParts url) {
		Options properties = new Options();
		Set<String> seen = new HashSet<>();
		for (Map.Entry<String, List<String>> option : url.query().entrySet()) {
			String key = option.getKey();
			// ODBC reads keywords case-insensitively, and pyodbc URLs use both spellings.
			String name = key.toLowerCase(Locale.ROOT);
			if (name.equals("odbc_connect")) {
				throw url.fail(Kind.UNSUPPORTED_FORM, "A raw ODBC connection string (odbc_connect) has no JDBC "
						+ "equivalent; give host, port and database in the URL, as in mssql://db.internal:1433/app");
			}
			String value = Options.single(url, key, option.getValue());
			String property = switch (name) {
				case "driver" -> null;
				case "trustservercertificate" -> "trustServerCertificate";
				case "encrypt" -> "encrypt";
				case "applicationname", "application_name" -> "applicationName";
				default -> throw Options.unknown(url, key, SUPPORTED);
			};
			if (property == null) {
				// The ODBC driver name means nothing to JDBC.
				continue;
			}
			if (!seen.add(property)) {
				throw url.fail(Kind.UNSUPPORTED_OPTION, "Query option '" + key + "' sets " + property
						+ " a second time; give it once");
			}
			properties.add(property, switch (property) {
				case "trustServerCertificate" -> Options.lookup(url, key, value, YES_NO);
				case "encrypt" -> Options.lookup(url, key, value, ENCRYPT);
				default -> value;
			});
		}
		String host = url.host();
		if (host == null) {
			throw url.fail(Kind.UNSUPPORTED_FORM, "A SQL Server URL needs a host, as in mssql://db.internal:1433/app");
		}
		if (url.port() == null && url.database() == null) {
			throw url.fail(Kind.UNSUPPORTED_FORM, "A URL with a host but no port and no database names an ODBC DSN, "
					+ "which has no JDBC equivalent; give host, port and database, as in mssql://db.internal:1433/app");
		}
		int backslash = host.indexOf('\\');
		String server = (backslash < 0) ? host : host.substring(0, backslash);
		String instance = (backslash < 0) ? null : host.substring(backslash + 1);
		if (server.isEmpty() || (instance != null && instance.isEmpty())) {
			throw url.fail(Kind.MALFORMED, "A SQL Server host reads server\\instance, with both parts given");
		}
		StringBuilder jdbc = new StringBuilder("jdbc:sqlserver://");
		if (server.contains(":")) {
			// The driver takes an IPv6 address only as the serverName property.
			jdbc.append(";serverName=").append(server);
			if (url.port() != null) {
				jdbc.append(";portNumber=").append(url.port());
			}
		}
		else {
			jdbc.append(server);
			if (url.port() != null) {
				jdbc.append(':').append(url.port());
			}
		}
		if (instance != null) {
			jdbc.append(";instanceName=").append(escape(url, instance));
		}
		if (url.database() != null) {
			jdbc.append(";databaseName=").append(escape(url, url.database()));
		}
		jdbc.append(properties.join(";", ";", (value) -> escape(url, value)));
		return Translation.fixed(jdbc.toString(), false);
	}

	/**
	 * Brace a value the driver would otherwise split; braces themselves cannot be escaped
	 * in every driver version.
	 */
	private static String escape(UrlParts url, String value) {
		if (value.indexOf('{') >= 0 || value.indexOf('}') >= 0) {
			throw url.fail(Kind.UNSUPPORTED_FORM, "A SQL Server database, instance or option value cannot hold "
					+ "'{' or '}' in a JDBC URL");
		}
		boolean brace = value.indexOf(';') >= 0 || value.indexOf('=') >= 0 || !value.equals(value.strip());
		return brace ? "{" + value + "}" : value;
	}

}
