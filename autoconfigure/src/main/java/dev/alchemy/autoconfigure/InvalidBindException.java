package dev.alchemy.autoconfigure;

/**
 * A bind under {@code sqlalchemy.binds} cannot be set up. Carries the property to fix
 * and how.
 */
class InvalidBindException extends IllegalStateException {

	private final String property;

	private final String action;

	InvalidBindException(String property, String problem, String action) {
		super("Invalid value of '" + property + "': " + problem);
		this.property = property;
		this.action = action;
	}

	String getProperty() {
		return this.property;
	}

	String getAction() {
		return this.action;
	}

}
