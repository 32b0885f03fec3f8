package dev.alchemy.recordqueries;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import dev.alchemy.test.databases.TestDatabases;

/**
 * Tests for query recording on SQLite.
 */
class SqliteRecordQueriesTests extends AbstractRecordQueriesTests {

	@TempDir
	static Path directory;

	@BeforeAll
	static void startApplication() {
		start(TestDatabases.sqlite(directory));
	}

}
