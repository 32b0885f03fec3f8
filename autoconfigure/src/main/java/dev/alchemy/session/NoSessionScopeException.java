package dev.alchemy.session;

/**
 * Thrown when the session is used on a thread that has no session scope.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
public class NoSessionScopeException extends IllegalStateException {

	NoSessionScopeException() {
		super("No session scope is open on thread '" + Thread.currentThread().getName() + "'. "
				+ "db.session() works during a web request; in jobs, CommandLineRunners, message listeners "
				+ "and tests, open a scope: try (SessionScope scope = db.openScope()) { ... }");
	}

}
