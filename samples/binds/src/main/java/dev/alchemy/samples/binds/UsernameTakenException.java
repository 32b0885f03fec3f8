package dev.alchemy.samples.binds;

/**
 * An account cannot be created because another account has its username: the
 * {@code auth} database's unique constraint said so.
 */
class UsernameTakenException extends RuntimeException {

	UsernameTakenException(String username, Throwable cause) {
		super("The username '" + username + "' is already taken.", cause);
	}

}
