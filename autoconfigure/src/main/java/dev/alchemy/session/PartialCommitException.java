package dev.alchemy.session;

import java.util.List;

import org.springframework.dao.DataAccessException;

/**
 * A commit across several binds failed after at least one bind had committed. The binds
 * in {@link #getCommittedBinds()} hold the unit of work's changes; the others were rolled
 * back. Commits across databases are one-phase: see the README.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
public class PartialCommitException extends DataAccessException {

	private final List<String> committedBinds;

	private final List<String> rolledBackBinds;

	/**
	 * Create a new exception.
	 * @param committedBinds binds that committed
	 * @param rolledBackBinds binds that did not
	 * @param cause the failure of the first bind that did not commit
	 */
	public PartialCommitException(List<String> committedBinds, List<String> rolledBackBinds, Throwable cause) {
		super("Commit failed part-way: binds " + committedBinds + " committed, binds " + rolledBackBinds
				+ " did not (" + cause.getMessage() + ")", cause);
		this.committedBinds = List.copyOf(committedBinds);
		this.rolledBackBinds = List.copyOf(rolledBackBinds);
	}

	public List<String> getCommittedBinds() {
		return this.committedBinds;
	}

	public List<String> getRolledBackBinds() {
		return this.rolledBackBinds;
	}

}
