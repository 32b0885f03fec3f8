package dev.alchemy.session;

import java.util.Collection;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.transaction.NestedTransactionNotSupportedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

import dev.alchemy.bind.BoundDatabase;

/**
 * The application's transaction manager when it has several binds: a transaction spans
 * every bind, each through that bind's own transaction manager, so that a
 * {@code @Transactional} method commits the work of all binds or rolls all of it back.
 * <p>
 * The commit is one-phase, not two-phase: every bind is flushed first, so that
 * constraint violations and the like fail before anything is committed, then each bind
 * commits in turn. Should a bind fail to commit after another has committed, a
 * {@link PartialCommitException} names both.
 * <p>
 * Beginning a transaction on a bind does not take a connection from its pool: with
 * Spring Boot's lazy connection fetching (Alchemy's default) a bind the method never
 * uses costs no database round trip.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
public class CrossBindTransactionManager implements PlatformTransactionManager {

	private final Supplier<? extends Collection<BoundDatabase>> binds;

	/**
	 * Create a transaction manager.
	 * @param binds the binds a transaction spans, resolved when the first transaction
	 * begins
	 */
	public CrossBindTransactionManager(Supplier<? extends Collection<BoundDatabase>> binds) {
		this.binds = binds;
	}

	@Override
	public TransactionStatus getTransaction(@Nullable TransactionDefinition definition) throws TransactionException {
		TransactionDefinition resolved = (definition != null) ? definition : new DefaultTransactionDefinition();
		BindTransactions transactions = new BindTransactions();
		try {
			for (BoundDatabase bind : this.binds.get()) {
				transactions.begin(bind, resolved);
			}
		}
		catch (RuntimeException | Error ex) {
			transactions.rollbackQuietly();
			throw ex;
		}
		return new CrossBindTransactionStatus(transactions, resolved.isReadOnly());
	}

	@Override
	public void commit(TransactionStatus status) throws TransactionException {
		CrossBindTransactionStatus crossBind = (CrossBindTransactionStatus) status;
		crossBind.complete();
		if (crossBind.rollbackOnly) {
			crossBind.transactions.rollback();
			return;
		}
		if (!crossBind.readOnly && !crossBind.transactions.isRollbackOnly()) {
			crossBind.transactions.flush();
		}
		crossBind.transactions.commit();
	}

	@Override
	public void rollback(TransactionStatus status) throws TransactionException {
		CrossBindTransactionStatus crossBind = (CrossBindTransactionStatus) status;
		crossBind.complete();
		crossBind.transactions.rollback();
	}

	private static final class CrossBindTransactionStatus implements TransactionStatus {

		private final BindTransactions transactions;

		private final boolean readOnly;

		private final boolean newTransaction;

		private boolean completed;

		/** Set by the transaction's owner: roll back quietly, as Spring does. */
		private boolean rollbackOnly;

		CrossBindTransactionStatus(BindTransactions transactions, boolean readOnly) {
			this.transactions = transactions;
			this.readOnly = readOnly;
			this.newTransaction = transactions.hasNewTransaction();
		}

		void complete() {
			if (this.completed) {
				throw new IllegalStateException(
						"Transaction is already completed - do not call commit or rollback more than once per transaction");
			}
			this.completed = true;
		}

		@Override
		public boolean isNewTransaction() {
			return this.newTransaction;
		}

		@Override
		public void setRollbackOnly() {
			this.rollbackOnly = true;
		}

		@Override
		public boolean isRollbackOnly() {
			return this.rollbackOnly || this.transactions.isRollbackOnly();
		}

		@Override
		public boolean isCompleted() {
			return this.completed;
		}

		@Override
		public Object createSavepoint() {
			throw new NestedTransactionNotSupportedException(
					"Savepoints span one database: take them on a bind's own transaction manager");
		}

		@Override
		public void rollbackToSavepoint(Object savepoint) {
			throw new NestedTransactionNotSupportedException("No savepoints across binds");
		}

		@Override
		public void releaseSavepoint(Object savepoint) {
			throw new NestedTransactionNotSupportedException("No savepoints across binds");
		}

	}

}
