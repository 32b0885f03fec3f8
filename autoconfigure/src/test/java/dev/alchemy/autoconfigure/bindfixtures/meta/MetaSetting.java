package dev.alchemy.autoconfigure.bindfixtures.meta;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.alchemy.Bind;

/**
 * The {@code setting} table of {@code meta}: the default database has one of the same name.
 */
@Entity
@Bind("meta")
@Table(name = "setting")
public class MetaSetting {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	protected MetaSetting() {
	}

	public MetaSetting(String name) {
		this.name = name;
	}

	public String getName() {
		return this.name;
	}

}
