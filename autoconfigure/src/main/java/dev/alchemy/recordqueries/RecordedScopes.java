package dev.alchemy.recordqueries;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.springframework.util.Assert;

/**
 * The summaries of the latest finished requests and scopes, for the
 * {@code recordedqueries} actuator endpoint. Holds at most a fixed number; the oldest
 * give way.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
public final class RecordedScopes {

	private final int capacity;

	private final Deque<ScopeSummary> scopes = new ArrayDeque<>();

	/**
	 * Create an empty history.
	 * @param capacity how many summaries to keep
	 */
	public RecordedScopes(int capacity) {
		Assert.isTrue(capacity > 0, "capacity must be positive");
		this.capacity = capacity;
	}

	/**
	 * Add the summary of a finished request or scope.
	 * @param scope the summary
	 */
	public synchronized void add(ScopeSummary scope) {
		if (this.scopes.size() == this.capacity) {
			this.scopes.removeLast();
		}
		this.scopes.addFirst(scope);
	}

	/**
	 * Return the summaries, the latest first.
	 * @return the summaries
	 */
	public synchronized List<ScopeSummary> latest() {
		return List.copyOf(this.scopes);
	}

}
