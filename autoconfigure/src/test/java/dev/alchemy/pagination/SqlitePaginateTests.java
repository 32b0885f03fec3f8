package dev.alchemy.pagination;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import dev.alchemy.test.databases.TestDatabases;

class SqlitePaginateTests extends AbstractPaginateTests {

	@TempDir
	static Path directory;

	@BeforeAll
	static void startApplication() {
		start(TestDatabases.sqlite(directory));
	}

}
