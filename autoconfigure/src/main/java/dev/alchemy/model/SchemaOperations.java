package dev.alchemy.model;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.hibernate.SessionFactory;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.UncategorizedSQLException;

import dev.alchemy.bind.BoundDatabase;

/**
 * {@code create_all}, {@code drop_all} and {@code reflect} for one bind, on top of
 * Hibernate's schema management.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
public final class SchemaOperations {

	private SchemaOperations() {
	}

	/**
	 * Create the tables and sequences of the bind's entities that do not exist yet. Existing
	 * tables are never altered: use migrations for that.
	 * @param bind the bind
	 */
	public static void createAll(BoundDatabase bind) {
		Set<String> tables = existing(bind, "TABLE");
		Set<String> sequences = existing(bind, "SEQUENCE");
		CheckFirstSchemaFilterProvider.skipping(tables, sequences, () -> {
			sessionFactory(bind).getSchemaManager().exportMappedObjects(false);
			return null;
		});
	}

	/**
	 * Drop the tables and sequences of the bind's entities.
	 * @param bind the bind
	 */
	public static void dropAll(BoundDatabase bind) {
		sessionFactory(bind).getSchemaManager().dropMappedObjects(false);
	}

	/**
	 * Describe the tables the bind's database holds in its current schema.
	 * @param bind the bind
	 * @return the tables, by name
	 */
	public static List<ReflectedTable> reflect(BoundDatabase bind) {
		return withMetaData(bind, (connection, metaData) -> {
			Map<String, List<String>> columns = new LinkedHashMap<>();
			try (ResultSet rs = metaData.getTables(connection.getCatalog(), connection.getSchema(), "%",
					new String[] { "TABLE" })) {
				while (rs.next()) {
					columns.put(rs.getString("TABLE_NAME"), new ArrayList<>());
				}
			}
			for (Map.Entry<String, List<String>> table : columns.entrySet()) {
				try (ResultSet rs = metaData.getColumns(connection.getCatalog(), connection.getSchema(),
						table.getKey(), "%")) {
					while (rs.next()) {
						table.getValue().add(rs.getString("COLUMN_NAME"));
					}
				}
			}
			List<ReflectedTable> tables = new ArrayList<>();
			columns.forEach((name, names) -> tables.add(new ReflectedTable(name, names)));
			return tables;
		});
	}

	static String normalize(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

	private static Set<String> existing(BoundDatabase bind, String type) {
		return withMetaData(bind, (connection, metaData) -> {
			Set<String> names = new LinkedHashSet<>();
			try (ResultSet rs = metaData.getTables(connection.getCatalog(), connection.getSchema(), "%",
					new String[] { type })) {
				while (rs.next()) {
					names.add(normalize(rs.getString("TABLE_NAME")));
				}
			}
			return names;
		});
	}

	private static <T> T withMetaData(BoundDatabase bind, MetaDataCallback<T> callback) {
		Connection connection = DataSourceUtils.getConnection(bind.dataSource());
		try {
			return callback.apply(connection, connection.getMetaData());
		}
		catch (SQLException ex) {
			throw new UncategorizedSQLException("reading the schema of " + bind, null, ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, bind.dataSource());
		}
	}

	private static SessionFactory sessionFactory(BoundDatabase bind) {
		return bind.entityManagerFactory().unwrap(SessionFactory.class);
	}

	@FunctionalInterface
	private interface MetaDataCallback<T> {

		T apply(Connection connection, DatabaseMetaData metaData) throws SQLException;

	}

}
