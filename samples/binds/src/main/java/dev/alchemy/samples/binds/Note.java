package dev.alchemy.samples.binds;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A note. Without {@code @Bind} it lives in the default database.
 * <p>
 * Its author is an {@link dev.alchemy.samples.binds.auth.Account} of another database, so
 * the note keeps the account's id rather than a {@code @ManyToOne}: no join, and no
 * foreign key, reaches from one database into another.
 */
@Entity
@Table(name = "binds_note")
public class Note {

	/** The most characters a title may have. */
	public static final int MAX_TITLE_LENGTH = 200;

	/** The most characters a body may have. */
	public static final int MAX_BODY_LENGTH = 10_000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false, length = MAX_TITLE_LENGTH)
	private String title;

	@Column(nullable = false, columnDefinition = "text")
	private String body;

	@Column(nullable = false)
	private long authorId;

	@Column(nullable = false)
	private Instant createdAt;

	protected Note() {
		this.title = "";
		this.body = "";
		this.createdAt = Instant.EPOCH;
	}

	public Note(String title, String body, long authorId, Instant createdAt) {
		this.title = title;
		this.body = body;
		this.authorId = authorId;
		this.createdAt = createdAt;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getTitle() {
		return this.title;
	}

	public String getBody() {
		return this.body;
	}

	public long getAuthorId() {
		return this.authorId;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	@Override
	public String toString() {
		return "<Note " + this.id + ">";
	}

}
