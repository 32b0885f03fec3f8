package dev.alchemy.autoconfigure.bindfixtures;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A {@code setting} table in the default database; {@code meta} has one too.
 */
@Entity
public class Setting {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	protected Setting() {
	}

	public Setting(String name) {
		this.name = name;
	}

	public String getName() {
		return this.name;
	}

}
