package dev.alchemy.url;

import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.alchemy.url.InvalidDatabaseUrlException.Kind;

/**
 * Translates {@code sqlite://} URLs for the xerial driver.
 */
final class SqliteTranslator {

	private static final List<String> SUPPORTED = List.of("timeout", "check_same_thread", "uri", "journal_mode",
			"foreign_keys", "busy_timeout", "synchronous", "cache_size", "mode", "cache", "immutable", "nolock",
			"vfs");

	private static final Set<String> PRAGMAS = Set.of("journal_mode", "foreign_keys", "busy_timeout", "synchronous",
			"cache_size");

	private static final Set<String> URI_PARAMETERS = Set.of("mode", "cache", "immutable", "nolock", "vfs");

	private static final String FILE = "file:";

	private SqliteTranslator() {
	}

	static Translation translate(UrlParts url) {
		if (url.username() != null || url.password() != null || url.host() != null || url.port() != null) {
			throw url.fail(Kind.MALFORMED, "An SQLite URL names a file, not a server; write sqlite:///relative.db "
					+ "or sqlite:////absolute/path.db");
		}
		String database = url.database();
		boolean uriForm = database != null && database.startsWith(FILE);
		Options parameters = new Options();
		boolean busyTimeout = false;
		boolean memoryMode = false;
		for (Map.Entry<String, List<String>> option : url.query().entrySet()) {
			String key = option.getKey();
			String value = Options.single(url, key, option.getValue());
			if (key.equals("timeout") || key.equals("busy_timeout")) {
				if (busyTimeout) {
					throw url.fail(Kind.UNSUPPORTED_OPTION,
							"Query options 'timeout' and 'busy_timeout' set the same thing; give one");
				}
				busyTimeout = true;
			}
			if (PRAGMAS.contains(key)) {
				parameters.add(key, value);
			}
			else if (URI_PARAMETERS.contains(key)) {
				if (!uriForm) {
					throw url.fail(Kind.UNSUPPORTED_OPTION, "Query option '" + key + "' for sqlite only applies to "
							+ "a file: URI, as in sqlite:///file:app.db?mode=ro&uri=true");
				}
				memoryMode |= key.equals("mode") && value.equals("memory");
				parameters.add(key, value);
			}
			else if (key.equals("timeout")) {
				parameters.add("busy_timeout", Options.secondsToMillis(url, key, value));
			}
			else if (!key.equals("check_same_thread") && !key.equals("uri")) {
				// check_same_thread guards Python threads, which JDBC does not have; the
				// uri flag is implied by the file: prefix.
				throw Options.unknown(url, key, SUPPORTED);
			}
		}
		String options = parameters.join("?", "&", (value) -> value);
		if (uriForm) {
			String path = database.substring(FILE.length());
			boolean inMemory = memoryMode || path.equals(":memory:");
			if (inMemory || path.startsWith("//")) {
				// A memory database's name and a file URI with an authority are no paths
				// to resolve.
				return Translation.fixed("jdbc:sqlite:" + FILE + path + options, inMemory);
			}
			return new Translation(false,
					(instancePath) -> "jdbc:sqlite:" + FILE + uriPath(FilePaths.resolve(instancePath, path)) + options);
		}
		if (database == null || database.equals(":memory:")) {
			return Translation.fixed("jdbc:sqlite::memory:" + options, true);
		}
		if (database.indexOf('?') >= 0) {
			throw url.fail(Kind.UNSUPPORTED_FORM, "The SQLite driver reads '?' in a file name as the start of "
					+ "options; rename the file");
		}
		return new Translation(false,
				(instancePath) -> "jdbc:sqlite:" + FilePaths.resolve(instancePath, database) + options);
	}

	/**
	 * Escape what SQLite reads specially in the path of a file URI.
	 */
	private static String uriPath(String path) {
		return path.replace(File.separatorChar, '/').replace("%", "%25").replace("?", "%3F").replace("#", "%23");
	}

}
