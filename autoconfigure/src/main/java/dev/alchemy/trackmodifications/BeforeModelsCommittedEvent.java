package dev.alchemy.trackmodifications;

import java.util.List;

/**
 * Published when {@code sqlalchemy.track-modifications} is on, just before a unit of work
 * that changed entities commits: inside its transaction, so that a listener can still
 * write (those writes are committed with the rest and reported by the
 * {@link ModelsCommittedEvent}) or veto the commit by throwing, which rolls every bind
 * back. Flask-SQLAlchemy's {@code before_models_committed} signal.
 *
 * @param changes every entity inserted, updated or deleted in the unit of work, across
 * all binds, in the order they were flushed; unmodifiable
 * @author Alchemy team
 * @since 0.1.0
 */
public record BeforeModelsCommittedEvent(List<Change> changes) {

	/**
	 * Create an event.
	 * @param changes the changes, copied
	 */
	public BeforeModelsCommittedEvent {
		changes = List.copyOf(changes);
	}

}
