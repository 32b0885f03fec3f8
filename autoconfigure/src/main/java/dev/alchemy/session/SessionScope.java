package dev.alchemy.session;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import dev.alchemy.bind.BindRegistry;

/**
 * The lifetime of a {@link Session} on one thread: a web request, or a block of code that
 * opens a scope explicitly. Closing the scope discards whatever the session did not
 * commit and releases its entity managers.
 * <pre class="code">
 * try (SessionScope scope = db.openScope()) {
 *     db.session().add(new User("ada"));
 *     db.session().commit();
 * }
 * </pre> Opening a scope on a thread that already has one joins it: the inner scope's
 * {@code close()} leaves the outer scope open.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
public final class SessionScope implements AutoCloseable {

	private static final ThreadLocal<@Nullable ScopedSession> CURRENT = new ThreadLocal<>();

	private final @Nullable ScopedSession owned;

	private SessionScope(@Nullable ScopedSession owned) {
		this.owned = owned;
	}

	/**
	 * Open a scope on the current thread, or join the one already open.
	 * @param binds the binds the session works on
	 * @return the scope, to be closed by the caller
	 */
	public static SessionScope open(BindRegistry binds) {
		return open(binds, "scope on thread '" + Thread.currentThread().getName() + "'");
	}

	/**
	 * Open a named scope on the current thread, or join the one already open.
	 * @param binds the binds the session works on
	 * @param name what the scope is, for log lines ({@code GET /users} for a request)
	 * @return the scope, to be closed by the caller
	 */
	public static SessionScope open(BindRegistry binds, String name) {
		if (CURRENT.get() != null) {
			return new SessionScope(null);
		}
		ScopedSession session = new ScopedSession(binds, name);
		CURRENT.set(session);
		return new SessionScope(session);
	}

	/**
	 * Return the object the current thread's scope holds under a key, created on first
	 * use, in the way a request attribute belongs to a request: query recording keeps the
	 * scope's statements this way. When the scope closes, the objects that are
	 * {@link AutoCloseable} are closed, the last created first.
	 * @param <T> the type of the object
	 * @param key the key, unique to whoever keeps the object
	 * @param factory creates the object from the scope's name
	 * @return the object, or {@code null} when no scope is open
	 */
	public static <T> @Nullable T currentResource(Object key, Function<String, T> factory) {
		ScopedSession session = CURRENT.get();
		return (session != null) ? session.resource(key, factory) : null;
	}

	/**
	 * Return the session of the current thread's scope.
	 * @return the session
	 * @throws NoSessionScopeException when no scope is open
	 */
	public static Session currentSession() {
		ScopedSession session = CURRENT.get();
		if (session == null) {
			throw new NoSessionScopeException();
		}
		return session;
	}

	/**
	 * Return whether a scope is open on the current thread.
	 * @return whether a scope is open
	 */
	public static boolean isOpen() {
		return CURRENT.get() != null;
	}

	/**
	 * Return the session of this scope.
	 * @return the session
	 */
	public Session session() {
		return currentSession();
	}

	/**
	 * Close the scope: uncommitted work is discarded. Does nothing for a scope that
	 * joined an outer one.
	 */
	@Override
	public void close() {
		if (this.owned != null && CURRENT.get() == this.owned) {
			try {
				this.owned.close();
			}
			finally {
				CURRENT.remove();
			}
		}
	}

}
