package dev.alchemy.samples.binds;

import java.time.Instant;

import org.hibernate.exception.ConstraintViolationException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

import dev.alchemy.Db;
import dev.alchemy.samples.binds.auth.Account;
import dev.alchemy.session.Session;

/**
 * Creates accounts with the session rather than repositories: one unit of work whose
 * {@code commit()} writes to both databases it touched.
 */
@Service
public class AccountService {

	private final Db db;

	AccountService(Db db) {
		this.db = db;
	}

	/**
	 * Create an account ({@code auth}) and its audit entry ({@code meta}). Both are
	 * committed, or neither: a taken username fails the flush, before any database
	 * commits.
	 * @param input the account; its {@link NewAccount#problem()} must be {@code null}
	 * @return the saved account
	 * @throws UsernameTakenException if the username is taken
	 */
	public Account create(NewAccount input) {
		Session session = this.db.session();
		Account account = session.add(input.toAccount());
		session.add(new AuditEntry("account.created",
				"account " + account.getUsername() + " (" + account.getDisplayName() + ") created", Instant.now()));
		try {
			session.commit();
		}
		catch (DataIntegrityViolationException ex) {
			// The audit log can refuse a write too: only the username's own constraint
			// means that the username is taken.
			if (violates(ex, Account.USERNAME_CONSTRAINT)) {
				throw new UsernameTakenException(account.getUsername(), ex);
			}
			throw ex;
		}
		return account;
	}

	private static boolean violates(DataIntegrityViolationException ex, String constraint) {
		return ex.getCause() instanceof ConstraintViolationException violation
				&& constraint.equalsIgnoreCase(violation.getConstraintName());
	}

}
