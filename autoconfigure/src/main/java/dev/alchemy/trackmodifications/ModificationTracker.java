package dev.alchemy.trackmodifications;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.integrator.spi.Integrator;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import dev.alchemy.trackmodifications.Change.Operation;

/**
 * Collects the entities each transaction inserts, updates and deletes, and publishes them
 * as a {@link BeforeModelsCommittedEvent} before the transaction commits and a
 * {@link ModelsCommittedEvent} after it has.
 * <p>
 * Two hooks feed it. Its {@link #integrator() integrator} registers Hibernate post-insert,
 * post-update and post-delete listeners on every entity manager factory it is given to,
 * so a change is recorded when Hibernate writes it. As a
 * {@link TransactionExecutionListener} of the transaction managers it joins each new
 * transaction as it begins, so that it can flush what is still pending before the commit
 * and report it in the before-event. A transaction manager it does not listen to still
 * gets both events for what was flushed before the commit began.
 * <p>
 * The changes of a transaction are a {@link org.springframework.transaction.support.TransactionSynchronization}
 * of it: gone with a rollback, suspended with it. Alchemy's
 * cross-bind transactions run those synchronizations once for all their binds, so a unit
 * of work over several databases gives one pair of events.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
public final class ModificationTracker implements TransactionExecutionListener {

	private final ApplicationEventPublisher publisher;

	private final Integrator integrator = new ModificationIntegrator();

	/**
	 * Create a tracker.
	 * @param publisher where the events go
	 */
	public ModificationTracker(ApplicationEventPublisher publisher) {
		this.publisher = publisher;
	}

	/**
	 * Return the Hibernate integrator that registers this tracker's listeners on a session
	 * factory (through {@code hibernate.integrator_provider}).
	 * @return the integrator
	 */
	public Integrator integrator() {
		return this.integrator;
	}

	@Override
	public void afterBegin(TransactionExecution transaction, @Nullable Throwable beginFailure) {
		if (beginFailure == null && transaction.isNewTransaction() && transaction instanceof TransactionStatus status) {
			UnitOfWorkChanges changes = current();
			if (changes != null) {
				changes.join(status);
			}
		}
	}

	void record(Object entity, Operation operation) {
		UnitOfWorkChanges changes = current();
		if (changes != null) {
			changes.record(entity, operation);
		}
	}

	/**
	 * The changes of the current transaction, created when it has none yet; none outside
	 * a transaction that Spring synchronizes.
	 */
	private @Nullable UnitOfWorkChanges current() {
		UnitOfWorkChanges changes = (UnitOfWorkChanges) TransactionSynchronizationManager.getResource(this);
		if (changes == null && TransactionSynchronizationManager.isSynchronizationActive()) {
			changes = new UnitOfWorkChanges(this, this.publisher);
			TransactionSynchronizationManager.registerSynchronization(changes);
			TransactionSynchronizationManager.bindResource(this, changes);
		}
		return changes;
	}

	@Override
	public String toString() {
		return "ModificationTracker";
	}

	private final class ModificationIntegrator implements Integrator {

		@Override
		public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
				SessionFactoryImplementor sessionFactory) {
			ModificationListener listener = new ModificationListener();
			EventListenerRegistry registry = sessionFactory.getEventListenerRegistry();
			registry.appendListeners(EventType.POST_INSERT, listener);
			registry.appendListeners(EventType.POST_UPDATE, listener);
			registry.appendListeners(EventType.POST_DELETE, listener);
		}

	}

	/**
	 * Hibernate's listener: called once a row is written (added to a JDBC batch), inside
	 * the flush.
	 */
	final class ModificationListener
			implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

		@Override
		public void onPostInsert(PostInsertEvent event) {
			record(event.getEntity(), Operation.INSERT);
		}

		@Override
		public void onPostUpdate(PostUpdateEvent event) {
			record(event.getEntity(), Operation.UPDATE);
		}

		@Override
		public void onPostDelete(PostDeleteEvent event) {
			record(event.getEntity(), Operation.DELETE);
		}

	}

}
