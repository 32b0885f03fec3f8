package dev.alchemy.samples.quickstart.fault;

import java.util.function.Supplier;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.function.SingletonSupplier;

import dev.alchemy.test.databases.TestDatabase;
import dev.alchemy.test.databases.TestDatabases;

/**
 * Fault 2 on PostgreSQL: the application's sessions get a short
 * {@code idle_session_timeout}, PostgreSQL's counterpart of MySQL's
 * {@code wait_timeout} (set per session, never on the server).
 *
 * @author Alchemy team
 */
class PostgresqlIdleDisconnectFaultTests extends AbstractIdleDisconnectFaultTests {

	private static final Supplier<TestDatabase> database = SingletonSupplier.of(TestDatabases::postgresql);

	@DynamicPropertySource
	static void databaseUri(DynamicPropertyRegistry registry) {
		registry.add("sqlalchemy.database-uri", () -> database.get().uri());
		registry.add("sqlalchemy.engine-options.connection-init-sql",
				() -> "SET idle_session_timeout = '" + IDLE_TIMEOUT_SECONDS + "s'");
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
