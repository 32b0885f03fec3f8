package dev.alchemy.url;

import java.nio.file.Path;
import java.util.function.Function;

/**
 * The outcome of translating a URL: everything is checked up front, only file paths wait
 * for the instance path.
 *
 * @param inMemory whether the database lives in memory
 * @param url builds the JDBC URL from the instance path
 */
record Translation(boolean inMemory, Function<Path, String> url) {

	static Translation fixed(String url, boolean inMemory) {
		return new Translation(inMemory, (instancePath) -> url);
	}

}
