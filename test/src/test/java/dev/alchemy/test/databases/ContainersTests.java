package dev.alchemy.test.databases;

import java.sql.Connection;
import java.sql.DriverManager;

import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Testcontainers;

import dev.alchemy.test.databases.TestDatabases.AdminUri;
import dev.alchemy.test.databases.TestDatabases.Started;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link Containers}: the test servers {@link TestDatabases} starts when Docker
 * answers. Skipped only where Docker does not answer; where it does not,
 * {@link TestDatabaseSourceTests} shows that no container is asked for.
 *
 * @author Alchemy team
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainersTests {

	@Test
	void postgresqlContainerTakesAdminConnections() throws Exception {
		assertAdminConnects(Containers.postgresql("postgresql"));
	}

	@Test
	void mariadbContainerTakesAdminConnectionsAsRoot() throws Exception {
		Started started = Containers.mariadb("mariadb");
		assertThat(started.admin().username()).isEqualTo("root");
		assertAdminConnects(started);
	}

	private static void assertAdminConnects(Started started) throws Exception {
		AdminUri admin = started.admin();
		assertThat(started.description()).startsWith("a Testcontainers container");
		try (Connection connection = DriverManager.getConnection(
				TestDatabase.jdbcUrl(admin.kind(), admin.host(), admin.port(), admin.database()), admin.username(),
				admin.password())) {
			assertThat(connection.isValid(5)).isTrue();
		}
	}

}
