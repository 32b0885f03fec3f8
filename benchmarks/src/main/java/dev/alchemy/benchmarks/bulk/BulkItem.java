package dev.alchemy.benchmarks.bulk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * The entity the bulk write inserts, on Alchemy and plain Spring Boot alike. A sequence with JPA's default allocation size (50) gives the keys: with an
 * identity column, Hibernate could not batch inserts at all.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
@Entity
@Table(name = "bulk_item")
public class BulkItem {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bulk_item_seq")
	@SequenceGenerator(name = "bulk_item_seq", sequenceName = "bulk_item_seq")
	private @Nullable Long id;

	@Column(nullable = false, length = 100)
	private String name = "";

	@Column(nullable = false)
	private int quantity;

	protected BulkItem() {
	}

	public BulkItem(String name, int quantity) {
		this.name = name;
		this.quantity = quantity;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public int getQuantity() {
		return this.quantity;
	}

}
