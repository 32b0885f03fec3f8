package dev.alchemy.samples.quickstart.fault;

import java.util.function.Supplier;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.function.SingletonSupplier;

import dev.alchemy.test.databases.TestDatabase;
import dev.alchemy.test.databases.TestDatabases;

/**
 * Fault 4 on PostgreSQL.
 *
 * @author Alchemy team
 */
class PostgresqlHostileInputFaultTests extends AbstractHostileInputFaultTests {

	private static final Supplier<TestDatabase> database = SingletonSupplier.of(TestDatabases::postgresql);

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
