package dev.alchemy.autoconfigure;

import dev.alchemy.url.InvalidDatabaseUrlException;

/**
 * A configured database URI cannot be used. Carries the property so that the failure
 * analysis can name it; never the password.
 */
class InvalidDatabaseUriException extends RuntimeException {

	private final String property;

	private final InvalidDatabaseUrlException problem;

	InvalidDatabaseUriException(String property, InvalidDatabaseUrlException problem) {
		super("Invalid value of '" + property + "' (" + problem.maskedUrl() + "): " + problem.reason());
		this.property = property;
		this.problem = problem;
	}

	String getProperty() {
		return this.property;
	}

	InvalidDatabaseUrlException getProblem() {
		return this.problem;
	}

}
