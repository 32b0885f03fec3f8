package dev.alchemy.url;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.alchemy.url.InvalidDatabaseUrlException.Kind;

/**
 * Translates {@code h2://} URLs. H2 validates its settings itself, so any query option is
 * passed on as a {@code ;KEY=VALUE} setting.
 */
final class H2Translator {

	private static final Pattern SETTING = Pattern.compile("[A-Z0-9_]+");

	// One name shared by every connection of the pool, so they all see the same data.
	private static final String MEMORY_NAME = "alchemy";

	private static final String MEMORY = "mem:";

	private H2Translator() {
	}

	static Translation translate(UrlParts url) {
		Options settings = new Options();
		Set<String> seen = new HashSet<>();
		for (Map.Entry<String, List<String>> option : url.query().entrySet()) {
			String key = option.getKey().toUpperCase(Locale.ROOT);
			String value = Options.single(url, option.getKey(), option.getValue());
			if (!SETTING.matcher(key).matches()) {
				throw url.fail(Kind.UNSUPPORTED_OPTION,
						"H2 setting names hold only letters, digits and '_', unlike '" + option.getKey() + "'");
			}
			if (key.equals("USER") || key.equals("PASSWORD")) {
				throw url.fail(Kind.UNSUPPORTED_OPTION, "Give credentials as user:password@ in the URL, not as the "
						+ "H2 setting '" + option.getKey() + "', so that they stay out of the JDBC URL");
			}
			if (value.indexOf(';') >= 0) {
				throw url.fail(Kind.UNSUPPORTED_OPTION, "The value of H2 setting '" + option.getKey()
						+ "' cannot hold ';', which H2 reads as the start of the next setting");
			}
			if (!seen.add(key)) {
				throw url.fail(Kind.UNSUPPORTED_OPTION, "H2 setting '" + key + "' is given twice; give it once");
			}
			settings.add(key, value);
		}
		String database = url.database();
		if (database != null && database.indexOf(';') >= 0) {
			throw url.fail(Kind.UNSUPPORTED_FORM,
					"An H2 database name cannot hold ';'; give settings as query options, as in h2:///mem:app?mode=PostgreSQL");
		}
		if (url.host() != null) {
			if (database == null) {
				throw url.fail(Kind.MALFORMED, "An H2 server URL needs a database, as in h2://localhost:9092/app");
			}
			return Translation.fixed("jdbc:h2:tcp://" + new HostAndPort(url.host(), url.port()).render(null) + "/"
					+ database + settings.join(";", ";", (value) -> value), false);
		}
		if (url.port() != null) {
			throw url.fail(Kind.MALFORMED, "An H2 URL with a port needs a host, as in h2://localhost:9092/app");
		}
		if (database == null || database.startsWith(MEMORY)) {
			String name = (database == null || database.equals(MEMORY)) ? MEMORY_NAME
					: database.substring(MEMORY.length());
			if (!seen.contains("DB_CLOSE_DELAY")) {
				// H2 drops a memory database when its last connection closes; a pool that
				// shrinks to zero would lose all data.
				settings.add("DB_CLOSE_DELAY", "-1");
			}
			return Translation.fixed("jdbc:h2:mem:" + name + settings.join(";", ";", (value) -> value), true);
		}
		String path = database.startsWith("file:") ? database.substring("file:".length()) : database;
		String suffix = settings.join(";", ";", (value) -> value);
		// H2 itself expands '~' to the user's home directory.
		boolean home = path.startsWith("~");
		return new Translation(false,
				(instancePath) -> "jdbc:h2:file:" + (home ? path : FilePaths.resolve(instancePath, path)) + suffix);
	}

}
