package dev.alchemy.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.function.SingletonSupplier;

import dev.alchemy.test.databases.TestDatabase;
import dev.alchemy.test.databases.TestDatabases;

/**
 * Tests for {@link DatabaseUnavailableExceptionHandler} on PostgreSQL.
 */
class PostgresqlDatabaseUnavailableTests extends AbstractDatabaseUnavailableTests {

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
	protected void endSessionOf(Connection connection) throws SQLException {
		Integer pid = new JdbcTemplate(new SingleConnectionDataSource(connection, true)).queryForObject("select pg_backend_pid()", Integer.class);
		database().jdbc().queryForObject("select pg_terminate_backend(?)", Boolean.class, pid);
	}

}
