package dev.alchemy.test.app;

import java.sql.Connection;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.alchemy.Db;
import dev.alchemy.test.AlchemyTest;
import dev.alchemy.test.databases.TestDatabase;
import dev.alchemy.test.databases.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application with binds whose default database comes only from a Testcontainers
 * {@code @ServiceConnection} (no URI property): Spring Boot's default pool is built from
 * the container's connection details, not left out as in a binds-only application. The
 * container is a stand-in on the local or embedded PostgreSQL server.
 */
@AlchemyTest(properties = "sqlalchemy.database-uri=")
class DefaultServiceConnectionWithBindsTests {

	static final TestDatabase defaultDatabase = TestDatabases.postgresql();

	@ServiceConnection
	static final StandInContainer postgres = new StandInContainer(defaultDatabase);

	@Autowired
	Db db;

	@Autowired
	WidgetRepository widgets;

	@Test
	void theDefaultDatabaseIsTheContainer() {
		assertThat(new JdbcTemplate(this.db.engine()).execute((ConnectionCallback<String>) Connection::getCatalog))
			.isEqualTo(defaultDatabase.jdbcUrl().substring(defaultDatabase.jdbcUrl().lastIndexOf('/') + 1));
		this.widgets.saveAndFlush(new Widget("on-the-container"));
		assertThat(defaultDatabase.jdbc().queryForObject("select count(*) from widget", Long.class)).isZero();
		assertThat(this.db.engines()).containsOnlyKeys("default", "auth", "meta");
	}

}
