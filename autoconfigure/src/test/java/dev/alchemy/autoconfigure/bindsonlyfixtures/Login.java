package dev.alchemy.autoconfigure.bindsonlyfixtures;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import dev.alchemy.Bind;

@Entity
@Bind("auth")
public class Login {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	protected Login() {
	}

	public Login(String name) {
		this.name = name;
	}

	public String getName() {
		return this.name;
	}

}
