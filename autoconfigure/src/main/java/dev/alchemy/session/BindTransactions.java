package dev.alchemy.session;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataAccessException;
import org.springframework.orm.jpa.EntityManagerFactoryInfo;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.UnexpectedRollbackException;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

import dev.alchemy.bind.BoundDatabase;

/**
 * The transactions of one unit of work, one per bind, begun through each bind's own
 * transaction manager. Commit is one-phase: every bind is flushed first, so that what
 * can fail before anything is written does, then the binds commit one by one, last-begun
 * first (Spring's transaction synchronization is a stack).
 * <p>
 * Each bind's transaction manager keeps transaction synchronizations of its own. So that
 * the unit of work has one set, as a single transaction has, the synchronizations move
 * along to the bind begun last, and with several binds they are run here, once: before
 * commit ahead of the first bind's commit, after commit once every bind has committed.
 * {@code @TransactionalEventListener}s and modification events see one transaction.
 */
final class BindTransactions {

	private final List<Begun> begun = new ArrayList<>();

	/**
	 * Begin (or join) the bind's transaction.
	 */
	void begin(BoundDatabase bind, TransactionDefinition definition) {
		List<TransactionSynchronization> carried = takeSynchronizations();
		try {
			this.begun.add(new Begun(bind, bind.transactionManager().getTransaction(definition)));
		}
		finally {
			carried.forEach(TransactionSynchronizationManager::registerSynchronization);
		}
	}

	/**
	 * Take the synchronizations out of the set of the transaction begun last, when this
	 * unit of work owns it, leaving the set active and empty: the next bind's transaction
	 * would otherwise suspend them until it completes.
	 */
	private List<TransactionSynchronization> takeSynchronizations() {
		if (this.begun.isEmpty() || !ownsSynchronization(this.begun)) {
			return List.of();
		}
		return takeActiveSynchronizations();
	}

	private static List<TransactionSynchronization> takeActiveSynchronizations() {
		List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
		TransactionSynchronizationManager.clearSynchronization();
		TransactionSynchronizationManager.initSynchronization();
		return synchronizations;
	}

	private static boolean ownsSynchronization(List<Begun> transactions) {
		return transactions.get(transactions.size() - 1).status() instanceof DefaultTransactionStatus status
				&& status.isNewSynchronization() && TransactionSynchronizationManager.isSynchronizationActive();
	}

	boolean contains(String bindKey) {
		return this.begun.stream().anyMatch((transaction) -> transaction.bind().key().equals(bindKey));
	}

	boolean isEmpty() {
		return this.begun.isEmpty();
	}

	boolean hasNewTransaction() {
		return this.begun.stream().anyMatch((transaction) -> transaction.status().isNewTransaction());
	}

	boolean isRollbackOnly() {
		return this.begun.stream().anyMatch((transaction) -> transaction.status().isRollbackOnly());
	}

	/**
	 * Flush the entity manager of every bind whose transaction this unit of work began.
	 * On failure everything is rolled back.
	 */
	void flush() {
		try {
			flush(this.begun);
		}
		catch (RuntimeException ex) {
			rollbackQuietly();
			throw ex;
		}
	}

	private static void flush(List<Begun> transactions) {
		try {
			for (Begun transaction : transactions) {
				if (transaction.status().isNewTransaction()) {
					EntityManagerHolder holder = holder(transaction.bind().entityManagerFactory());
					if (holder != null) {
						holder.getEntityManager().flush();
					}
				}
			}
		}
		catch (RuntimeException ex) {
			throw translate(ex, transactions.stream().map(Begun::bind).toList());
		}
	}

	/**
	 * Commit every bind, last-begun first.
	 * @throws PartialCommitException when a bind fails to commit after another committed
	 * @throws UnexpectedRollbackException when a bind was marked rollback-only: then
	 * nothing is committed
	 */
	void commit() {
		List<Begun> toCommit = takeAll();
		List<String> rollbackOnly = toCommit.stream()
			.filter((transaction) -> transaction.status().isRollbackOnly())
			.map((transaction) -> transaction.bind().key())
			.toList();
		if (!rollbackOnly.isEmpty()) {
			boolean owned = toCommit.stream().anyMatch((transaction) -> transaction.status().isNewTransaction());
			rollback(toCommit);
			if (owned) {
				throw new UnexpectedRollbackException(
						"Transaction rolled back because binds " + rollbackOnly + " were marked as rollback-only");
			}
			return;
		}
		List<TransactionSynchronization> synchronizations = beforeCommit(toCommit);
		List<String> committed = new ArrayList<>();
		for (int i = toCommit.size() - 1; i >= 0; i--) {
			Begun transaction = toCommit.get(i);
			try {
				transaction.bind().transactionManager().commit(transaction.status());
			}
			catch (RuntimeException | Error ex) {
				List<String> notCommitted = new ArrayList<>();
				notCommitted.add(transaction.bind().key());
				List<Begun> rest = toCommit.subList(0, i);
				rest.forEach((earlier) -> notCommitted.add(earlier.bind().key()));
				rollbackQuietly(rest);
				TransactionSynchronizationUtils.invokeAfterCompletion(synchronizations, committed.isEmpty()
						? TransactionSynchronization.STATUS_ROLLED_BACK : TransactionSynchronization.STATUS_UNKNOWN);
				if (!committed.isEmpty()) {
					throw new PartialCommitException(committed, notCommitted, ex);
				}
				throw ex;
			}
			if (transaction.status().isNewTransaction()) {
				committed.add(transaction.bind().key());
			}
		}
		try {
			TransactionSynchronizationUtils.invokeAfterCommit(synchronizations);
		}
		finally {
			TransactionSynchronizationUtils.invokeAfterCompletion(synchronizations,
					TransactionSynchronization.STATUS_COMMITTED);
		}
	}

	/**
	 * With several binds, run the unit of work's before-commit and before-completion
	 * synchronizations and flush what they wrote, then take them out of the last bind's
	 * set, so that no bind's commit runs them again: they return, to be told of the
	 * outcome once every bind has committed. A failure rolls every bind back. With one
	 * bind, its transaction manager does all of it: nothing is returned.
	 */
	private static List<TransactionSynchronization> beforeCommit(List<Begun> toCommit) {
		if (toCommit.size() < 2 || !ownsSynchronization(toCommit)) {
			return List.of();
		}
		boolean readOnly = toCommit.get(toCommit.size() - 1).status().isReadOnly();
		try {
			TransactionSynchronizationUtils.triggerBeforeCommit(readOnly);
			if (!readOnly) {
				flush(toCommit);
			}
		}
		catch (RuntimeException | Error ex) {
			rollbackQuietly(toCommit);
			throw ex;
		}
		TransactionSynchronizationUtils.triggerBeforeCompletion();
		return takeActiveSynchronizations();
	}

	/**
	 * Roll back every bind, last-begun first. Every bind is attempted; the first failure
	 * is rethrown.
	 */
	void rollback() {
		rollback(takeAll());
	}

	/**
	 * Roll back every bind; failures are left to the transaction managers' logging,
	 * because the caller is already reporting a failure of its own.
	 */
	void rollbackQuietly() {
		rollbackQuietly(takeAll());
	}

	private List<Begun> takeAll() {
		List<Begun> all = new ArrayList<>(this.begun);
		this.begun.clear();
		return all;
	}

	private static void rollback(List<Begun> transactions) {
		RuntimeException first = null;
		for (int i = transactions.size() - 1; i >= 0; i--) {
			Begun transaction = transactions.get(i);
			try {
				transaction.bind().transactionManager().rollback(transaction.status());
			}
			catch (RuntimeException ex) {
				first = (first != null) ? first : ex;
			}
		}
		if (first != null) {
			throw first;
		}
	}

	private static void rollbackQuietly(List<Begun> transactions) {
		try {
			rollback(transactions);
		}
		catch (RuntimeException ex) {
			// Logged by the transaction manager; the caller's own failure is what matters.
		}
	}

	static @Nullable EntityManagerHolder holder(EntityManagerFactory factory) {
		return (EntityManagerHolder) TransactionSynchronizationManager.getResource(factory);
	}

	/**
	 * Translate a JPA or Hibernate exception to Spring's {@link DataAccessException}
	 * hierarchy, with the dialect of the bind that can.
	 */
	static RuntimeException translate(RuntimeException ex, Iterable<BoundDatabase> binds) {
		if (ex instanceof DataAccessException) {
			return ex;
		}
		for (BoundDatabase bind : binds) {
			if (bind.entityManagerFactory() instanceof EntityManagerFactoryInfo info
					&& info.getJpaDialect() != null) {
				DataAccessException translated = info.getJpaDialect().translateExceptionIfPossible(ex);
				if (translated != null) {
					return translated;
				}
			}
		}
		DataAccessException translated = EntityManagerFactoryUtils.convertJpaAccessExceptionIfPossible(ex);
		return (translated != null) ? translated : ex;
	}

	record Begun(BoundDatabase bind, TransactionStatus status) {

	}

}
