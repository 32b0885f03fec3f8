package dev.alchemy.samples.binds;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import dev.alchemy.Bind;

/**
 * An entry of the audit log, in the {@code meta} bind through its own {@code @Bind}.
 */
@Entity
@Bind("meta")
@Table(name = "binds_audit_entry")
public class AuditEntry {

	/** The most characters an action may have. */
	public static final int MAX_ACTION_LENGTH = 50;

	/** The most characters a detail may have. */
	public static final int MAX_DETAIL_LENGTH = 255;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false, length = MAX_ACTION_LENGTH)
	private String action;

	@Column(nullable = false, length = MAX_DETAIL_LENGTH)
	private String detail;

	@Column(nullable = false)
	private Instant at;

	protected AuditEntry() {
		this.action = "";
		this.detail = "";
		this.at = Instant.EPOCH;
	}

	public AuditEntry(String action, String detail, Instant at) {
		this.action = action;
		this.detail = detail;
		this.at = at;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getAction() {
		return this.action;
	}

	public String getDetail() {
		return this.detail;
	}

	public Instant getAt() {
		return this.at;
	}

	@Override
	public String toString() {
		return "<AuditEntry " + this.action + ">";
	}

}
