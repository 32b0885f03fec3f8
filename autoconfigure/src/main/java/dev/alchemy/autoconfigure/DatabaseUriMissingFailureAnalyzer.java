package dev.alchemy.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Explains, in Alchemy's terms, Spring Boot's failure to configure a {@code DataSource}
 * when no database is configured at all. Without a URI Alchemy steps aside, so that
 * Spring Boot's embedded database and test databases keep working; only when Boot finds
 * nothing either does start-up fail. Runs before Boot's own analysis of that failure.
 */
class DatabaseUriMissingFailureAnalyzer implements FailureAnalyzer, Ordered {

	private static final String DATA_SOURCE_FAILURE = "org.springframework.boot.jdbc.autoconfigure."
			+ "DataSourceProperties$DataSourceBeanCreationException";

	private final Environment environment;

	DatabaseUriMissingFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	public @Nullable FailureAnalysis analyze(Throwable failure) {
		if (DatabaseUriProperty.find(this.environment) != null
				|| StringUtils.hasText(this.environment.getProperty("spring.datasource.url"))) {
			return null;
		}
		for (Throwable candidate = failure; candidate != null; candidate = candidate.getCause()) {
			if (candidate.getClass().getName().equals(DATA_SOURCE_FAILURE)) {
				return new FailureAnalysis(
						"No database is configured: neither '" + DatabaseUriProperty.DATABASE_URI + "' nor the "
								+ AlchemyProperties.DATABASE_URL + " environment variable is set.",
						"Set '" + DatabaseUriProperty.DATABASE_URI + "' in application.yml (for example "
								+ "sqlite:///project.db, postgresql://user:password@localhost/app or "
								+ "mariadb://user:password@localhost/app), or export " + AlchemyProperties.DATABASE_URL
								+ ". To configure the database the Spring Boot way instead, set "
								+ "'spring.datasource.url'.",
						candidate);
			}
			if (candidate.getCause() == candidate) {
				break;
			}
		}
		return null;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
