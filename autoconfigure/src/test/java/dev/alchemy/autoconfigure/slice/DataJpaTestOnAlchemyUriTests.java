package dev.alchemy.autoconfigure.slice;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.alchemy.Db;
import dev.alchemy.autoconfigure.fixtures.FixturesApplication;
import dev.alchemy.autoconfigure.fixtures.User;
import dev.alchemy.autoconfigure.fixtures.UserRepository;
import dev.alchemy.test.databases.TestDatabase;
import dev.alchemy.test.databases.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @DataJpaTest} on the database of {@code sqlalchemy.database-uri}, as it works on
 * {@code spring.datasource.url}: Spring Data repositories, Alchemy's table names, and
 * {@code Db}.
 */
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=create-drop")
@ContextConfiguration(classes = FixturesApplication.class)
@AutoConfigureTestDatabase(replace = Replace.NONE)
class DataJpaTestOnAlchemyUriTests {

	private static final TestDatabase database = TestDatabases.postgresql();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("sqlalchemy.database-uri", database::uri);
		registry.add("sqlalchemy.engine-options.pool-size", () -> 2);
	}

	@Autowired
	UserRepository users;

	@Autowired
	DataSource dataSource;

	@Autowired
	Db db;

	@Test
	void repositoriesWorkOnTheAlchemyDatabase() throws Exception {
		this.users.saveAndFlush(new User("ada"));
		assertThat(this.users.findByUsername("ada")).isPresent();
		assertThat(this.dataSource.unwrap(HikariDataSource.class).getJdbcUrl()).isEqualTo(database.jdbcUrl());
		assertThat(this.db.reflect().get("default")).extracting((table) -> table.name()).contains("user");
	}


}
