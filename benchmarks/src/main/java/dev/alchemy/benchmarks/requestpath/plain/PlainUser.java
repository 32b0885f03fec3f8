package dev.alchemy.benchmarks.requestpath.plain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * The quickstart's user, mapped to the same table. Plain Spring Boot does not quote
 * reserved words, so the table name carries its own quotes.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
@Entity
@Table(name = "\"user\"")
public class PlainUser {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(unique = true, nullable = false)
	private String username = "";

	private @Nullable String email;

	protected PlainUser() {
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	public @Nullable String getEmail() {
		return this.email;
	}

}
