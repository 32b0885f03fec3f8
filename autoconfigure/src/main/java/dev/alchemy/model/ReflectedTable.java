package dev.alchemy.model;

import java.util.List;

/**
 * A table as the database describes it, found by {@code db.reflect()}.
 *
 * @param name the table name
 * @param columns the column names, in table order
 * @author Alchemy team
 * @since 0.1.0
 */
public record ReflectedTable(String name, List<String> columns) {

	public ReflectedTable {
		columns = List.copyOf(columns);
	}

}
