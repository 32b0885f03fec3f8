package dev.alchemy.trackmodifications;

/**
 * One entity a unit of work inserted, updated or deleted, as reported by
 * {@link BeforeModelsCommittedEvent} and {@link ModelsCommittedEvent}.
 *
 * @param entity the entity instance, in the state it was flushed in
 * @param operation what the unit of work did to it
 * @author Alchemy team
 * @since 0.1.0
 */
public record Change(Object entity, Operation operation) {

	/**
	 * What a unit of work did to an entity.
	 */
	public enum Operation {

		/**
		 * The entity was inserted (and perhaps updated after that).
		 */
		INSERT,

		/**
		 * The entity existed before the unit of work and was updated.
		 */
		UPDATE,

		/**
		 * The entity was deleted.
		 */
		DELETE

	}

}
