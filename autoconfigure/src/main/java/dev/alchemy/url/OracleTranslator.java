package dev.alchemy.url;

import java.util.List;
import java.util.Map;

import dev.alchemy.url.InvalidDatabaseUrlException.Kind;

/**
 * Translates {@code oracle://} URLs for the Oracle thin driver.
 */
final class OracleTranslator {

	private static final List<String> SUPPORTED = List.of("service_name");

	private static final int DEFAULT_PORT = 1521;

	private OracleTranslator() {
	}

	static Translation translate(UrlParts url) {
		String serviceName = null;
		for (Map.Entry<String, List<String>> option : url.query().entrySet()) {
			if (!option.getKey().equals("service_name")) {
				throw Options.unknown(url, option.getKey(), SUPPORTED);
			}
			serviceName = Options.single(url, option.getKey(), option.getValue());
			if (serviceName.isEmpty()) {
				throw Options.badValue(url, option.getKey(), serviceName, "a service name");
			}
		}
		String database = url.database();
		if (serviceName != null && database != null) {
			throw url.fail(Kind.UNSUPPORTED_FORM,
					"Give either a SID as the database or a service_name option, not both");
		}
		if (url.host() == null && url.port() == null) {
			if (database == null) {
				throw url.fail(Kind.UNSUPPORTED_FORM, "An Oracle URL needs a host, as in oracle://db.internal:1521/ORCL");
			}
			// Like cx_Oracle, a database without a host is a TNS alias or connect descriptor.
			return Translation.fixed("jdbc:oracle:thin:@" + database, false);
		}
		String address = new HostAndPort(url.host(), url.port()).render(DEFAULT_PORT);
		if (serviceName != null) {
			return Translation.fixed("jdbc:oracle:thin:@//" + address + "/" + serviceName, false);
		}
		if (database != null) {
			return Translation.fixed("jdbc:oracle:thin:@" + address + ":" + database, false);
		}
		if (url.port() == null) {
			// oracle://user:pass@alias: the "host" is a TNS alias.
			return Translation.fixed("jdbc:oracle:thin:@" + url.host(), false);
		}
		throw url.fail(Kind.UNSUPPORTED_FORM,
				"An Oracle URL with a port needs a SID (oracle://host:1521/ORCL) or a service_name option");
	}

}
