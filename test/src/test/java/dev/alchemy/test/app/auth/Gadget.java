package dev.alchemy.test.app.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import dev.alchemy.Bind;

/**
 * A row with a unique code, in the auth bind.
 */
@Entity
@Bind("auth")
public class Gadget {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String code;

	protected Gadget() {
	}

	public Gadget(String code) {
		this.code = code;
	}

	public Long getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

}
