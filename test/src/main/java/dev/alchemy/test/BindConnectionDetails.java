package dev.alchemy.test;

import org.jspecify.annotations.Nullable;
import org.testcontainers.containers.JdbcDatabaseContainer;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.util.ClassUtils;

/**
 * The connection details of a bind, from what a
 * {@link BindServiceConnection @BindServiceConnection} field holds.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
final class BindConnectionDetails {

	private static final String JDBC_DATABASE_CONTAINER = "org.testcontainers.containers.JdbcDatabaseContainer";

	private BindConnectionDetails() {
	}

	/**
	 * Connection details for the bind.
	 * @param key the bind key, for messages
	 * @param source a {@code JdbcDatabaseContainer} or a {@link JdbcConnectionDetails}
	 * @return the connection details
	 * @throws IllegalStateException for a source of another type
	 */
	static JdbcConnectionDetails of(String key, Object source) {
		if (source instanceof JdbcConnectionDetails details) {
			return details;
		}
		if (ClassUtils.isPresent(JDBC_DATABASE_CONTAINER, BindConnectionDetails.class.getClassLoader())
				&& Containers.isJdbcContainer(source)) {
			return Containers.connectionDetails(source);
		}
		throw new IllegalStateException("@BindServiceConnection(\"" + key + "\") holds a " + source.getClass().getName()
				+ ": expected a Testcontainers JdbcDatabaseContainer or a JdbcConnectionDetails");
	}

	/**
	 * Loaded only once Testcontainers is known to be on the class path.
	 */
	private static final class Containers {

		static boolean isJdbcContainer(Object source) {
			return source instanceof JdbcDatabaseContainer<?>;
		}

		static JdbcConnectionDetails connectionDetails(Object source) {
			JdbcDatabaseContainer<?> container = (JdbcDatabaseContainer<?>) source;
			if (!container.isRunning()) {
				// Nothing started it (no @Testcontainers on the test class): start it now, as
				// Spring Boot does for its service connections.
				container.start();
			}
			return new ContainerJdbcConnectionDetails(container);
		}

	}

	/**
	 * Reads the container each time, as Spring Boot's own container connection details do.
	 */
	private record ContainerJdbcConnectionDetails(JdbcDatabaseContainer<?> container)
			implements JdbcConnectionDetails {

		@Override
		public String getJdbcUrl() {
			return this.container.getJdbcUrl();
		}

		@Override
		public @Nullable String getUsername() {
			return this.container.getUsername();
		}

		@Override
		public @Nullable String getPassword() {
			return this.container.getPassword();
		}

		@Override
		public String getDriverClassName() {
			return this.container.getDriverClassName();
		}

		@Override
		public String toString() {
			// No password: the details may end up in a log.
			return "connection details of " + this.container.getDockerImageName() + " at " + getJdbcUrl();
		}

	}

}
