package dev.alchemy.trackmodifications;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import dev.alchemy.trackmodifications.Change.Operation;

/**
 * The changes of one transaction, one entry per entity in the order the entities were
 * first flushed. A later operation replaces an earlier one, except that an update never
 * replaces an insert: an entity inserted then updated is reported as inserted, one
 * updated then deleted (or inserted then deleted) as deleted.
 */
final class UnitOfWorkChanges implements TransactionSynchronization {

	private final Object key;

	private final ApplicationEventPublisher publisher;

	/** The transactions this unit of work spans (one per bind), to flush before commit. */
	private final List<TransactionStatus> transactions = new ArrayList<>();

	private final List<Change> changes = new ArrayList<>();

	/** Index in {@link #changes} by entity instance: entities need not implement equals. */
	private final Map<Object, Integer> positions = new IdentityHashMap<>();

	UnitOfWorkChanges(Object key, ApplicationEventPublisher publisher) {
		this.key = key;
		this.publisher = publisher;
	}

	void join(TransactionStatus transaction) {
		this.transactions.add(transaction);
	}

	void record(Object entity, Operation operation) {
		Integer position = this.positions.get(entity);
		if (position == null) {
			this.positions.put(entity, this.changes.size());
			this.changes.add(new Change(entity, operation));
		}
		else if (operation != Operation.UPDATE || this.changes.get(position).operation() != Operation.INSERT) {
			this.changes.set(position, new Change(entity, operation));
		}
	}

	/**
	 * Flush what the transactions still hold, so that the event reports it, then publish
	 * the event. A listener's own writes are flushed by the commit and reported after it
	 * only: there is one before-event per commit.
	 */
	@Override
	public void beforeCommit(boolean readOnly) {
		if (!readOnly) {
			this.transactions.forEach(TransactionStatus::flush);
		}
		if (!this.changes.isEmpty()) {
			this.publisher.publishEvent(new BeforeModelsCommittedEvent(this.changes));
		}
	}

	@Override
	public void afterCommit() {
		if (!this.changes.isEmpty()) {
			this.publisher.publishEvent(new ModelsCommittedEvent(this.changes));
		}
	}

	@Override
	public void afterCompletion(int status) {
		if (TransactionSynchronizationManager.getResource(this.key) == this) {
			TransactionSynchronizationManager.unbindResource(this.key);
		}
	}

	@Override
	public void suspend() {
		TransactionSynchronizationManager.unbindResourceIfPossible(this.key);
	}

	@Override
	public void resume() {
		TransactionSynchronizationManager.bindResource(this.key, this);
	}

}
