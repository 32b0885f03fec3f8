package dev.alchemy.session;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import dev.alchemy.test.databases.TestDatabases;

/**
 * Tests for the {@link Session} on SQLite.
 */
class SqliteSessionTests extends AbstractSessionTests {

	@TempDir
	static Path directory;

	@BeforeAll
	static void startApplication() {
		start(TestDatabases.sqlite(directory));
	}

}
