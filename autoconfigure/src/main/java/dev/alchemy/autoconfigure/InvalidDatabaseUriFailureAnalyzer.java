package dev.alchemy.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import dev.alchemy.url.InvalidDatabaseUrlException;

/**
 * Explains a database URI that cannot be used: malformed, with an unknown scheme, an
 * asynchronous driver or an option the dialect does not know.
 */
class InvalidDatabaseUriFailureAnalyzer extends AbstractFailureAnalyzer<InvalidDatabaseUriException> {

	private static final String SYNTAX = "dialect[+driver]://user:password@host:port/database?option=value";

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidDatabaseUriException cause) {
		InvalidDatabaseUrlException problem = cause.getProblem();
		String description = "Invalid value of '" + cause.getProperty() + "': " + problem.maskedUrl() + "\n\n"
				+ "Reason: " + problem.reason();
		return new FailureAnalysis(description, action(cause.getProperty(), problem), cause);
	}

	private String action(String property, InvalidDatabaseUrlException problem) {
		return switch (problem.kind()) {
			case UNKNOWN_SCHEME -> "Start '" + property + "' with one of the schemes postgresql (or postgres), "
					+ "mysql, mariadb, sqlite, h2, mssql, oracle or cockroachdb, or give a jdbc: URL as it is.";
			case ASYNC_DRIVER -> "Remove the '+driver' suffix from '" + property
					+ "': JDBC drivers are blocking, and Alchemy picks the JDBC driver from the scheme.";
			case UNSUPPORTED_OPTION -> "Remove the option from '" + property + "', or hand it to the driver "
					+ "as it is through 'sqlalchemy.engine-options.connect-args'.";
			case UNSUPPORTED_FORM -> "Rewrite '" + property + "' as " + SYNTAX
					+ " with a host name, or give a jdbc: URL.";
			case MALFORMED -> "Write '" + property + "' as " + SYNTAX
					+ " (for example postgresql://app:secret@localhost:5432/app or sqlite:///project.db), "
					+ "and percent-encode special characters in the user name and password (@ as %40, / as %2F).";
		};
	}

}
