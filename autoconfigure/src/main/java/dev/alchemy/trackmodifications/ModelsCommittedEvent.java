package dev.alchemy.trackmodifications;

import java.util.List;

/**
 * Published when {@code sqlalchemy.track-modifications} is on, after a unit of work that
 * changed entities has committed on every bind. Never published for a unit of work that
 * rolled back. Flask-SQLAlchemy's {@code models_committed} signal.
 *
 * @param changes every entity inserted, updated or deleted in the unit of work, across
 * all binds, in the order they were flushed; unmodifiable
 * @author Alchemy team
 * @since 0.1.0
 */
public record ModelsCommittedEvent(List<Change> changes) {

	/**
	 * Create an event.
	 * @param changes the changes, copied
	 */
	public ModelsCommittedEvent {
		changes = List.copyOf(changes);
	}

}
