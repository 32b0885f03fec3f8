package dev.alchemy.autoconfigure.bindfixtures.meta;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import dev.alchemy.Bind;

/**
 * An entity of {@code meta} through its own annotation.
 */
@Entity
@Bind("meta")
public class Tag {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String label;

	protected Tag() {
	}

	public Tag(String label) {
		this.label = label;
	}

	public String getLabel() {
		return this.label;
	}

}
