package dev.alchemy.test.app;

import org.jspecify.annotations.Nullable;
import org.testcontainers.mariadb.MariaDBContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

import dev.alchemy.test.TestDatabase;

/**
 * Containers that start nothing: they answer with a test database on the local or
 * embedded server, so that the code that connects the application to containers runs
 * where Docker does not.
 */
final class StandInContainers {

	private StandInContainers() {
	}

	static final class PostgreSQL extends PostgreSQLContainer {

		private final TestDatabase database;

		private boolean started;

		PostgreSQL(TestDatabase database) {
			super("postgres:17-alpine");
			this.database = database;
		}

		@Override
		public String getDockerImageName() {
			// The real one asks Docker to resolve the image.
			return "postgres:17-alpine";
		}

		@Override
		public void start() {
			this.started = true;
		}

		@Override
		public boolean isRunning() {
			return this.started;
		}

		@Override
		public String getJdbcUrl() {
			return this.database.jdbcUrl();
		}

		@Override
		public @Nullable String getUsername() {
			return this.database.username();
		}

		@Override
		public @Nullable String getPassword() {
			return this.database.password();
		}

	}

	static final class MariaDB extends MariaDBContainer {

		private final TestDatabase database;

		private boolean started;

		MariaDB(TestDatabase database) {
			super("mariadb:11.4");
			this.database = database;
		}

		@Override
		public String getDockerImageName() {
			// The real one asks Docker to resolve the image.
			return "mariadb:11.4";
		}

		@Override
		public void start() {
			this.started = true;
		}

		@Override
		public boolean isRunning() {
			return this.started;
		}

		@Override
		public String getJdbcUrl() {
			return this.database.jdbcUrl();
		}

		@Override
		public @Nullable String getUsername() {
			return this.database.username();
		}

		@Override
		public @Nullable String getPassword() {
			return this.database.password();
		}

	}

}
