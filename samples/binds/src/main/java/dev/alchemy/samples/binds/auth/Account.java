package dev.alchemy.samples.binds.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * An account. It belongs to the {@code auth} bind through its package's
 * {@code @Bind("auth")}.
 */
@Entity
@Table(name = "binds_account")
public class Account {

	/** The most characters a username may have. */
	public static final int MAX_USERNAME_LENGTH = 50;

	/** The name of the unique constraint on usernames, as the migration creates it. */
	public static final String USERNAME_CONSTRAINT = "binds_account_username";

	/** The most characters a display name may have. */
	public static final int MAX_DISPLAY_NAME_LENGTH = 100;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(unique = true, nullable = false, length = MAX_USERNAME_LENGTH)
	private String username;

	@Column(nullable = false, length = MAX_DISPLAY_NAME_LENGTH)
	private String displayName;

	protected Account() {
		this.username = "";
		this.displayName = "";
	}

	public Account(String username, String displayName) {
		this.username = username;
		this.displayName = displayName;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	@Override
	public String toString() {
		return "<Account " + this.username + ">";
	}

}
