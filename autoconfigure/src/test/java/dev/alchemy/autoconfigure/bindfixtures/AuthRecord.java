package dev.alchemy.autoconfigure.bindfixtures;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import dev.alchemy.Bind;

/**
 * A superclass that puts its subclasses in {@code auth}.
 */
@MappedSuperclass
@Bind("auth")
public abstract class AuthRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	public Long getId() {
		return this.id;
	}

}
