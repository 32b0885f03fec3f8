package dev.alchemy.benchmarks.pagination.alchemy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A row of the table paged through; the benchmark fills it server-side.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
@Entity
@Table(name = "page_item")
public class PageItem {

	@Id
	private long id;

	@Column(nullable = false, length = 100)
	private String name = "";

	protected PageItem() {
	}

	public long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

}
