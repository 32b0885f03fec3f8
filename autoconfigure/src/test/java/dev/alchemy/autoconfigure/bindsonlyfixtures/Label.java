package dev.alchemy.autoconfigure.bindsonlyfixtures;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import dev.alchemy.Bind;

@Entity
@Bind("meta")
public class Label {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String text;

	protected Label() {
	}

	public Label(String text) {
		this.text = text;
	}

	public String getText() {
		return this.text;
	}

}
