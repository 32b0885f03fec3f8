package dev.alchemy.test.app;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A row with a unique code, in the default database.
 */
@Entity
public class Widget {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String code;

	protected Widget() {
	}

	public Widget(String code) {
		this.code = code;
	}

	public Long getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

}
