package dev.alchemy.test.databases;

import org.testcontainers.mariadb.MariaDBContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

import dev.alchemy.test.databases.TestDatabases.AdminUri;
import dev.alchemy.test.databases.TestDatabases.Started;

/**
 * The containers behind {@link TestDatabases} when Docker answers: one per kind and JVM,
 * started on first use. Testcontainers' Ryuk container removes them when the JVM exits.
 * Loaded only once Docker is known to answer, so that without Testcontainers on the
 * class path nothing here is touched.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
final class Containers {

	/** Override with {@code ALCHEMY_TEST_POSTGRESQL_IMAGE}. */
	static final String POSTGRESQL_IMAGE = "postgres:17-alpine";

	/** Override with {@code ALCHEMY_TEST_MARIADB_IMAGE}. */
	static final String MARIADB_IMAGE = "mariadb:11.4";

	private Containers() {
	}

	@SuppressWarnings("resource") // Ryuk stops it when the JVM exits.
	static Started postgresql(String kind) {
		PostgreSQLContainer container = new PostgreSQLContainer(image("ALCHEMY_TEST_POSTGRESQL_IMAGE", POSTGRESQL_IMAGE));
		container.start();
		// The image's POSTGRES_USER is a superuser: it may create and drop databases.
		return new Started("a Testcontainers container (" + container.getDockerImageName() + ")",
				new AdminUri(kind, container.getHost(), container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT),
						"postgres", container.getUsername(), container.getPassword()));
	}

	@SuppressWarnings("resource") // Ryuk stops it when the JVM exits.
	static Started mariadb(String kind) {
		MariaDBContainer container = new MariaDBContainer(image("ALCHEMY_TEST_MARIADB_IMAGE", MARIADB_IMAGE))
			.withUsername("root")
			.withPassword(TestDatabases.randomSuffix());
		container.start();
		return new Started("a Testcontainers container (" + container.getDockerImageName() + ")",
				new AdminUri(kind, container.getHost(), container.getMappedPort(3306), "mysql", "root",
						container.getPassword()));
	}

	private static String image(String variable, String defaultImage) {
		String image = System.getenv(variable);
		return (image != null && !image.isBlank()) ? image.strip() : defaultImage;
	}

}
