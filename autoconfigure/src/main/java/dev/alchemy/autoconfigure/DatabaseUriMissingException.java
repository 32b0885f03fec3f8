package dev.alchemy.autoconfigure;

/**
 * No database is configured at all.
 */
class DatabaseUriMissingException extends RuntimeException {

	DatabaseUriMissingException() {
		super("No database is configured: set '" + DatabaseUriProperty.DATABASE_URI + "' or the "
				+ AlchemyProperties.DATABASE_URL + " environment variable");
	}

}
