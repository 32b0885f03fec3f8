package dev.alchemy.model;

import java.util.Set;
import java.util.function.Supplier;

import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.model.relational.Sequence;
import org.hibernate.mapping.Table;
import org.hibernate.tool.schema.spi.SchemaFilter;
import org.hibernate.tool.schema.spi.SchemaFilterProvider;
import org.jspecify.annotations.Nullable;

/**
 * Lets Hibernate's schema export skip the tables and sequences that already exist, the
 * way SQLAlchemy's {@code create_all} checks first. Outside {@link #skipping} it filters
 * nothing, so Hibernate's own schema actions behave as usual.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
public final class CheckFirstSchemaFilterProvider implements SchemaFilterProvider {

	private static final ThreadLocal<@Nullable Existing> EXISTING = new ThreadLocal<>();

	private final SchemaFilter createFilter = new SchemaFilter() {

		@Override
		public boolean includeNamespace(Namespace namespace) {
			return true;
		}

		@Override
		public boolean includeTable(Table table) {
			Existing existing = EXISTING.get();
			return existing == null || !existing.tables().contains(SchemaOperations.normalize(table.getName()));
		}

		@Override
		public boolean includeSequence(Sequence sequence) {
			Existing existing = EXISTING.get();
			return existing == null || !existing.sequences()
				.contains(SchemaOperations.normalize(sequence.getName().getSequenceName().getText()));
		}

	};

	/**
	 * Run an action with the given tables and sequences (lower-case names) skipped by the
	 * create filter.
	 */
	static <T> T skipping(Set<String> tables, Set<String> sequences, Supplier<T> action) {
		EXISTING.set(new Existing(tables, sequences));
		try {
			return action.get();
		}
		finally {
			EXISTING.remove();
		}
	}

	@Override
	public SchemaFilter getCreateFilter() {
		return this.createFilter;
	}

	@Override
	public SchemaFilter getDropFilter() {
		return SchemaFilter.ALL;
	}

	@Override
	public SchemaFilter getTruncatorFilter() {
		return SchemaFilter.ALL;
	}

	@Override
	public SchemaFilter getMigrateFilter() {
		return SchemaFilter.ALL;
	}

	@Override
	public SchemaFilter getValidateFilter() {
		return SchemaFilter.ALL;
	}

	private record Existing(Set<String> tables, Set<String> sequences) {
	}

}
