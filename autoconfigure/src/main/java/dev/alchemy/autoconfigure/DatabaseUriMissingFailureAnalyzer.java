package dev.alchemy.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a start-up without any database configured.
 */
class DatabaseUriMissingFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseUriMissingException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DatabaseUriMissingException cause) {
		return new FailureAnalysis(
				"No database is configured: neither '" + DatabaseUriProperty.DATABASE_URI + "' nor the "
						+ AlchemyProperties.DATABASE_URL + " environment variable is set.",
				"Set '" + DatabaseUriProperty.DATABASE_URI + "' in application.yml (for example "
						+ "sqlite:///project.db, postgresql://user:password@localhost/app or "
						+ "mariadb://user:password@localhost/app), or export "
						+ AlchemyProperties.DATABASE_URL + ". To configure the database the Spring Boot way "
						+ "instead, set 'spring.datasource.url'.",
				cause);
	}

}
