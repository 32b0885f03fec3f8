package dev.alchemy.samples.quickstart.fault;

import java.nio.file.Path;
import java.util.function.Supplier;

import org.junit.jupiter.api.io.TempDir;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.function.SingletonSupplier;

import dev.alchemy.test.databases.TestDatabase;
import dev.alchemy.test.databases.TestDatabases;

/**
 * Fault 4 on SQLite, the quickstart's own database.
 *
 * @author Alchemy team
 */
class SqliteHostileInputFaultTests extends AbstractHostileInputFaultTests {

	@TempDir
	static Path directory;

	private static final Supplier<TestDatabase> database = SingletonSupplier
		.of(() -> TestDatabases.sqlite(directory));

	@DynamicPropertySource
	static void databaseUri(DynamicPropertyRegistry registry) {
		registry.add("sqlalchemy.database-uri", () -> database.get().uri());
	}

	@Override
	protected TestDatabase database() {
		return database.get();
	}

	@Override
	protected String quotedUserTable() {
		return "\"user\"";
	}

}
