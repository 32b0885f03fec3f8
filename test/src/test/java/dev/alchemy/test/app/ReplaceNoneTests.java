package dev.alchemy.test.app;

import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.alchemy.Db;
import dev.alchemy.test.AlchemyTest;
import dev.alchemy.test.AutoConfigureTestDatabases.Replace;
import dev.alchemy.test.databases.TestDatabase;
import dev.alchemy.test.databases.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @AlchemyTest(replace = NONE)}: the tests run on the databases configured, here
 * ones the test chose itself.
 */
@AlchemyTest(replace = Replace.NONE)
class ReplaceNoneTests {

	@TempDir
	static Path sqliteDirectory;

	static final TestDatabase postgresql = TestDatabases.postgresql();

	static final TestDatabase mariadb = TestDatabases.mariadb();

	@DynamicPropertySource
	static void databases(DynamicPropertyRegistry registry) {
		registry.add("sqlalchemy.database-uri", postgresql::uri);
		registry.add("sqlalchemy.binds.auth", mariadb::uri);
		registry.add("sqlalchemy.binds.meta.uri", () -> TestDatabases.sqlite(sqliteDirectory).uri());
	}

	@Autowired
	Db db;

	@Autowired
	ConfigurableEnvironment environment;

	@Test
	void theConfiguredDatabasesAreUsed() throws Exception {
		assertThat(this.environment.getPropertySources().contains("alchemyTestDatabases")).isFalse();
		assertThat(this.db.engine().unwrap(HikariDataSource.class).getJdbcUrl()).isEqualTo(postgresql.jdbcUrl());
		assertThat(this.db.engine("auth").unwrap(HikariDataSource.class).getJdbcUrl()).startsWith(mariadb.jdbcUrl());
	}

}
