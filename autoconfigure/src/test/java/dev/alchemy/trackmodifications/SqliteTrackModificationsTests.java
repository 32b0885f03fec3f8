package dev.alchemy.trackmodifications;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import dev.alchemy.test.databases.TestDatabases;

/**
 * Tests for modification events on SQLite.
 */
class SqliteTrackModificationsTests extends AbstractTrackModificationsTests {

	@TempDir
	static Path directory;

	@BeforeAll
	static void startApplication() {
		start(TestDatabases.sqlite(directory));
	}

}
