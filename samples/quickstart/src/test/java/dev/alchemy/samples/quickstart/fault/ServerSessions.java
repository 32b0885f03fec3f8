package dev.alchemy.samples.quickstart.fault;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.ConnectionCallback;

import dev.alchemy.test.databases.TestDatabase;

/**
 * The sessions the application holds on a test database, seen and ended from an
 * administrator's connection to that same database. Only sessions of the test's own
 * database are touched: the servers are shared with other test runs.
 *
 * @author Alchemy team
 */
final class ServerSessions {

	private ServerSessions() {
	}

	/**
	 * End every other session on the database, as a server restart would:
	 * {@code pg_terminate_backend} on PostgreSQL, {@code KILL CONNECTION} on MariaDB.
	 * @param database the test database
	 * @return how many sessions were ended
	 */
	static int endAll(TestDatabase database) {
		Integer ended = database.jdbc().execute((ConnectionCallback<Integer>) (connection) -> {
			int count = 0;
			try (Statement statement = connection.createStatement()) {
				for (long id : others(connection, database)) {
					count += end(statement, database, id) ? 1 : 0;
				}
			}
			return count;
		});
		return (ended != null) ? ended : 0;
	}

	/**
	 * Count the other sessions on the database.
	 * @param database the test database
	 * @return the count
	 */
	static int count(TestDatabase database) {
		List<Long> ids = database.jdbc()
			.execute((ConnectionCallback<List<Long>>) (connection) -> others(connection, database));
		return (ids != null) ? ids.size() : 0;
	}

	private static boolean end(Statement statement, TestDatabase database, long id) throws SQLException {
		if (isPostgresql(database)) {
			try (ResultSet result = statement.executeQuery("select pg_terminate_backend(" + id + ")")) {
				return result.next() && result.getBoolean(1);
			}
		}
		try {
			statement.execute("kill connection " + id);
			return true;
		}
		catch (SQLException ex) {
			// It ended on its own in the meantime.
			return false;
		}
	}

	private static List<Long> others(Connection connection, TestDatabase database) throws SQLException {
		String sql = isPostgresql(database)
				? "select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()"
				: "select id from information_schema.processlist where db = database() and id <> connection_id()";
		List<Long> ids = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				ids.add(rows.getLong(1));
			}
		}
		return ids;
	}

	private static boolean isPostgresql(TestDatabase database) {
		return database.kind().equals("postgresql");
	}

}
