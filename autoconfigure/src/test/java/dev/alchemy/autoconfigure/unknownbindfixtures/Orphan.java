package dev.alchemy.autoconfigure.unknownbindfixtures;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import dev.alchemy.Bind;

/**
 * An entity whose bind, {@code archive}, no configuration names.
 */
@Entity
@Bind("archive")
public class Orphan {

	@Id
	private Long id;

}
