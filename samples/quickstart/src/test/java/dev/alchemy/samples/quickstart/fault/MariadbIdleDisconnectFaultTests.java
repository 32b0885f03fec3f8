package dev.alchemy.samples.quickstart.fault;

import java.util.function.Supplier;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.function.SingletonSupplier;

import dev.alchemy.test.databases.TestDatabase;
import dev.alchemy.test.databases.TestDatabases;

/**
 * Fault 2 on MariaDB: the application's sessions get a short {@code wait_timeout} (a
 * session variable, never the server's global setting).
 *
 * @author Alchemy team
 */
class MariadbIdleDisconnectFaultTests extends AbstractIdleDisconnectFaultTests {

	private static final Supplier<TestDatabase> database = SingletonSupplier.of(TestDatabases::mariadb);

	@DynamicPropertySource
	static void databaseUri(DynamicPropertyRegistry registry) {
		registry.add("sqlalchemy.database-uri", () -> database.get().uri());
		registry.add("sqlalchemy.engine-options.connection-init-sql",
				() -> "SET SESSION wait_timeout = " + IDLE_TIMEOUT_SECONDS);
	}

	@Override
	protected TestDatabase database() {
		return database.get();
	}

	@Override
	protected String quotedUserTable() {
		return "`user`";
	}

}
