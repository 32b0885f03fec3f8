package dev.alchemy.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.util.ClassUtils;

import dev.alchemy.url.DatabaseUrl;
import dev.alchemy.url.Dialect;
import dev.alchemy.url.JdbcUrl;

/**
 * {@link JdbcConnectionDetails} of the default database, read from
 * {@code sqlalchemy.database-uri}. Spring Boot builds its own pool from them, so
 * everything that expects Boot's primary {@code DataSource} keeps working.
 */
final class DatabaseUriJdbcConnectionDetails implements JdbcConnectionDetails {

	private static final String SQLITE_DIALECT = "org.hibernate.community.dialect.SQLiteDialect";

	private final DatabaseUrl databaseUrl;

	private final JdbcUrl jdbcUrl;

	private DatabaseUriJdbcConnectionDetails(DatabaseUrl databaseUrl, JdbcUrl jdbcUrl) {
		this.databaseUrl = databaseUrl;
		this.jdbcUrl = jdbcUrl;
	}

	/**
	 * Read and check a configured URI: it must parse, and its driver must be on the
	 * classpath. Relative SQLite and H2 files go under the instance path, which is
	 * created.
	 */
	static DatabaseUriJdbcConnectionDetails of(DatabaseUriProperty uri, Path instancePath,
			@Nullable ClassLoader classLoader) {
		DatabaseUrl databaseUrl = uri.parse();
		JdbcUrl jdbcUrl = databaseUrl.toJdbcUrl(instancePath);
		requireClass(uri, databaseUrl, jdbcUrl.driverClassName(), databaseUrl.dialect().driverCoordinates(),
				classLoader);
		if (databaseUrl.dialect() == Dialect.SQLITE) {
			requireClass(uri, databaseUrl, SQLITE_DIALECT, "org.hibernate.orm:hibernate-community-dialects",
					classLoader);
		}
		if (!databaseUrl.isInMemory() && usesInstancePath(databaseUrl)) {
			createDirectory(instancePath);
		}
		return new DatabaseUriJdbcConnectionDetails(databaseUrl, jdbcUrl);
	}

	private static boolean usesInstancePath(DatabaseUrl url) {
		return (url.dialect() == Dialect.SQLITE || url.dialect() == Dialect.H2) && !url.isJdbc();
	}

	private static void requireClass(DatabaseUriProperty uri, DatabaseUrl url, @Nullable String className,
			@Nullable String coordinates, @Nullable ClassLoader classLoader) {
		if (className != null && coordinates != null && !ClassUtils.isPresent(className, classLoader)) {
			throw new DatabaseDriverMissingException(uri.property(), url.toString(), url.dialect(), className,
					coordinates);
		}
	}

	private static void createDirectory(Path directory) {
		try {
			Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not create the instance folder " + directory
					+ " (sqlalchemy.instance-path) for SQLite databases", ex);
		}
	}

	DatabaseUrl getDatabaseUrl() {
		return this.databaseUrl;
	}

	@Override
	public @Nullable String getUsername() {
		return this.jdbcUrl.username();
	}

	@Override
	public @Nullable String getPassword() {
		return this.jdbcUrl.password();
	}

	@Override
	public String getJdbcUrl() {
		return this.jdbcUrl.url();
	}

	@Override
	public String getDriverClassName() {
		String driverClassName = this.jdbcUrl.driverClassName();
		return (driverClassName != null) ? driverClassName : JdbcConnectionDetails.super.getDriverClassName();
	}

	@Override
	public String toString() {
		return "DatabaseUriJdbcConnectionDetails[" + this.databaseUrl + "]";
	}

}
