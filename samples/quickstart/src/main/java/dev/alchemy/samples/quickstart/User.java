package dev.alchemy.samples.quickstart;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/**
 * A user. With no {@code @Table}, Alchemy names the table {@code user}, as
 * Flask-SQLAlchemy does, and quotes it where it is a reserved word.
 *
 * @author Alchemy team
 */
@Entity
public class User {

	/** The most characters a username or an email address may have. */
	public static final int MAX_LENGTH = 255;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(unique = true, nullable = false, length = MAX_LENGTH)
	private String username;

	@Column(length = MAX_LENGTH)
	private @Nullable String email;

	protected User() {
		this.username = "";
	}

	public User(String username, @Nullable String email) {
		this.username = username;
		this.email = email;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public @Nullable String getEmail() {
		return this.email;
	}

	public void setEmail(@Nullable String email) {
		this.email = email;
	}

	@Override
	public String toString() {
		return "<User " + this.username + ">";
	}

}
