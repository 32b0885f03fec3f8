package dev.alchemy.autoconfigure;

import dev.alchemy.url.Dialect;

/**
 * The JDBC driver (or Hibernate dialect) a configured URI needs is not on the classpath.
 */
class DatabaseDriverMissingException extends RuntimeException {

	private final String property;

	private final String maskedUri;

	private final String missingClass;

	private final String coordinates;

	DatabaseDriverMissingException(String property, String maskedUri, Dialect dialect, String missingClass,
			String coordinates) {
		super("'" + property + "' (" + maskedUri + ") needs " + missingClass + ", which is not on the classpath");
		this.property = property;
		this.maskedUri = maskedUri;
		this.missingClass = missingClass;
		this.coordinates = coordinates;
	}

	String getProperty() {
		return this.property;
	}

	String getMaskedUri() {
		return this.maskedUri;
	}

	String getMissingClass() {
		return this.missingClass;
	}

	String getCoordinates() {
		return this.coordinates;
	}

}
