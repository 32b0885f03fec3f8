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
 * Tests for {@link DatabaseUnavailableExceptionHandler} on MariaDB.
 */
class MariadbDatabaseUnavailableTests extends AbstractDatabaseUnavailableTests {

	private static final Supplier<TestDatabase> database = SingletonSupplier.of(TestDatabases::mariadb);

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
		Long id = new JdbcTemplate(new SingleConnectionDataSource(connection, true))
			.queryForObject("select connection_id()", Long.class);
		database().jdbc().execute("kill connection " + id);
	}

	@Override
	protected String quotedUserTable() {
		return "`user`";
	}

}
