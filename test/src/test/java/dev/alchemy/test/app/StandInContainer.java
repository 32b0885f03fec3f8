package dev.alchemy.test.app;

import org.jspecify.annotations.Nullable;
import org.testcontainers.containers.JdbcDatabaseContainer;

import dev.alchemy.test.databases.TestDatabase;

/**
 * A database container that starts nothing: it answers with a test database on the local
 * or embedded server, so that the code that connects an application to containers runs
 * where Docker does not.
 */
final class StandInContainer extends JdbcDatabaseContainer<StandInContainer> {

	private final TestDatabase database;

	private boolean started;

	StandInContainer(TestDatabase database) {
		super(image(database));
		this.database = database;
	}

	private static String image(TestDatabase database) {
		return database.kind().equals("postgresql") ? "postgres:17-alpine" : "mariadb:11.4";
	}

	@Override
	public String getDockerImageName() {
		// The real one asks Docker to resolve the image.
		return image(this.database);
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
	public String getDriverClassName() {
		return this.database.kind().equals("postgresql") ? "org.postgresql.Driver" : "org.mariadb.jdbc.Driver";
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

	@Override
	protected String getTestQueryString() {
		return "SELECT 1";
	}

}
