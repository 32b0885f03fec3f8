package dev.alchemy.autoconfigure.slice;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.test.context.ContextConfiguration;

import dev.alchemy.autoconfigure.fixtures.FixturesApplication;
import dev.alchemy.autoconfigure.fixtures.User;
import dev.alchemy.autoconfigure.fixtures.UserRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plain {@code @DataJpaTest}, which replaces the application's database with an
 * embedded one, still works in an application that configures no Alchemy URI for its
 * tests.
 */
// Flyway is on the test classpath, so Spring Boot would default ddl-auto to none.
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=create-drop")
@ContextConfiguration(classes = FixturesApplication.class)
class DataJpaTestWithTestDatabaseTests {

	@Autowired
	UserRepository users;

	@Autowired
	DataSource dataSource;

	@Test
	void theEmbeddedTestDatabaseIsUsed() throws Exception {
		this.users.saveAndFlush(new User("ada"));
		assertThat(this.users.count()).isEqualTo(1);
		try (var connection = this.dataSource.getConnection()) {
			assertThat(connection.getMetaData().getURL()).startsWith("jdbc:h2:mem:");
		}
	}

}
