package dev.alchemy.test.databases;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link TestDatabases}.
 *
 * @author Alchemy team
 */
class TestDatabasesTests {

	@TempDir
	Path temp;

	@Test
	void postgresqlStoresRows() {
		TestDatabase database = TestDatabases.postgresql();
		assertThat(database.kind()).isEqualTo("postgresql");
		assertThat(database.uri()).startsWith("postgresql://").contains("/alchemy_test_");
		assertThat(database.jdbcUrl()).startsWith("jdbc:postgresql://").endsWith(name(database));
		assertStoresRows(database);
	}

	@Test
	void mariadbStoresRows() {
		TestDatabase database = TestDatabases.mariadb();
		assertThat(database.kind()).isEqualTo("mariadb");
		assertThat(database.uri()).startsWith("mariadb://").contains("/alchemy_test_");
		assertThat(database.jdbcUrl()).startsWith("jdbc:mariadb://").endsWith(name(database));
		assertStoresRows(database);
		assertThat(database.jdbc()
			.queryForObject("SELECT default_character_set_name FROM information_schema.schemata WHERE schema_name = ?",
					String.class, name(database)))
			.isEqualTo("utf8mb4");
		database.jdbc().update("INSERT INTO thing (name) VALUES (?)", "🧪");
		assertThat(database.jdbc().queryForObject("SELECT name FROM thing WHERE id = 2", String.class))
			.isEqualTo("🧪");
	}

	@Test
	void sqliteStoresRows() {
		TestDatabase database = TestDatabases.sqlite(this.temp);
		assertThat(database.kind()).isEqualTo("sqlite");
		assertThat(database.uri()).startsWith("sqlite:////").endsWith(".db");
		assertThat(database.jdbcUrl()).isEqualTo("jdbc:sqlite:" + database.uri().substring("sqlite:///".length()));
		assertThat(database.username()).isNull();
		assertThat(database.password()).isNull();
		assertStoresRows(database);
		assertThat(Path.of(database.uri().substring("sqlite:///".length()))).exists().hasParent(this.temp);
	}

	@Test
	void postgresqlGivesANewDatabaseEachTime() {
		assertDistinct(TestDatabases::postgresql);
	}

	@Test
	void mariadbGivesANewDatabaseEachTime() {
		assertDistinct(TestDatabases::mariadb);
	}

	@Test
	void sqliteGivesANewDatabaseEachTime() {
		assertDistinct(() -> TestDatabases.sqlite(this.temp));
	}

	@Test
	void createsDatabasesFromManyThreadsAtOnce() throws Exception {
		ExecutorService executor = Executors.newFixedThreadPool(4);
		try {
			List<Future<TestDatabase>> databases = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				databases.add(executor.submit(TestDatabases::postgresql));
				databases.add(executor.submit(TestDatabases::mariadb));
			}
			Set<String> uris = new HashSet<>();
			for (Future<TestDatabase> database : databases) {
				uris.add(database.get(2, TimeUnit.MINUTES).uri());
			}
			assertThat(uris).hasSize(6);
		}
		finally {
			executor.shutdownNow();
		}
	}

	@Test
	void toStringHidesThePassword() {
		TestDatabase database = TestDatabase.onServer("postgresql", "127.0.0.1", 5432, "alchemy_test_x", "postgres",
				"s3cret", (password) -> "postgres");
		assertThat(database.uri()).isEqualTo("postgresql://postgres:s3cret@127.0.0.1:5432/alchemy_test_x");
		assertThat(database).hasToString("postgresql postgresql://postgres:***@127.0.0.1:5432/alchemy_test_x");
		for (TestDatabase real : new TestDatabase[] { TestDatabases.postgresql(), TestDatabases.mariadb() }) {
			assertThat(real.toString()).startsWith(real.kind() + " ").contains(real.username() + "@");
			if (real.password() != null && !real.password().isEmpty()) {
				assertThat(real.toString()).doesNotContain(real.password());
			}
		}
	}

	@Test
	void uriWithPasswordLogsIn() throws Exception {
		String secret = "s3cret:@/'\\ x";
		for (TestDatabase database : new TestDatabase[] { TestDatabases.postgresql(), TestDatabases.mariadb() }) {
			String uri = database.uriWithPassword(secret);
			assertThat(uri).startsWith(database.kind() + "://")
				.contains(":" + TestDatabase.encode(secret) + "@")
				.endsWith("/" + name(database));
			assertThat(database.toString()).doesNotContain("s3cret");
			TestDatabases.AdminUri parsed = TestDatabases.AdminUri.parse(dialect(database), uri);
			assertThat(parsed.password()).isEqualTo(secret);
			try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), parsed.username(),
					secret)) {
				JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
				jdbc.execute("CREATE TABLE secret_check (id INT)");
				assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM secret_check", Integer.class)).isZero();
			}
		}
	}

	@Test
	void uriWithPasswordIsNotForSqlite() {
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> TestDatabases.sqlite(this.temp).uriWithPassword("s3cret"));
	}

	@Test
	void adminUriIsParsed() {
		TestDatabases.AdminUri uri = TestDatabases.AdminUri.parse(TestDatabases.Dialect.POSTGRESQL,
				"postgresql+psycopg://us%40er:p%3Ass%2Fw@db.example:6543/admin");
		assertThat(uri).isEqualTo(new TestDatabases.AdminUri("postgresql", "db.example", 6543, "admin", "us@er",
				"p:ss/w"));
		assertThat(uri).hasToString("postgresql://us%40er:***@db.example:6543/admin");
		assertThat(TestDatabases.AdminUri.parse(TestDatabases.Dialect.MARIADB, "mariadb://root@[::1]/test"))
			.isEqualTo(new TestDatabases.AdminUri("mariadb", "::1", 3306, "test", "root", null));
		assertThat(TestDatabases.AdminUri.parse(TestDatabases.Dialect.MARIADB, "mariadb://127.0.0.1"))
			.isEqualTo(new TestDatabases.AdminUri("mariadb", "127.0.0.1", 3306, "mysql", "root", null));
	}

	@Test
	void adminUriOfTheWrongKindIsRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TestDatabases.AdminUri.parse(TestDatabases.Dialect.POSTGRESQL,
					"mariadb://root@127.0.0.1:3306/test"))
			.withMessageContaining("'mariadb', not 'postgresql'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TestDatabases.AdminUri.parse(TestDatabases.Dialect.POSTGRESQL,
					"postgresql://u:secret@h:x/test"))
			.withMessageNotContaining("secret");
	}

	private static void assertStoresRows(TestDatabase database) {
		JdbcTemplate jdbc = database.jdbc();
		String id = database.kind().equals("postgresql") ? "SERIAL PRIMARY KEY"
				: database.kind().equals("mariadb") ? "INT AUTO_INCREMENT PRIMARY KEY" : "INTEGER PRIMARY KEY";
		jdbc.execute("CREATE TABLE thing (id " + id + ", name VARCHAR(100) NOT NULL)");
		jdbc.update("INSERT INTO thing (name) VALUES (?)", "flask");
		assertThat(jdbc.queryForList("SELECT name FROM thing", String.class)).containsExactly("flask");
		assertThat(new JdbcTemplate(database.dataSource()).queryForObject("SELECT COUNT(*) FROM thing",
				Integer.class)).isOne();
	}

	private static void assertDistinct(Supplier<TestDatabase> databases) {
		TestDatabase first = databases.get();
		TestDatabase second = databases.get();
		assertThat(first.uri()).isNotEqualTo(second.uri());
		assertThat(first.jdbcUrl()).isNotEqualTo(second.jdbcUrl());
		first.jdbc().execute("CREATE TABLE only_in_first (id INT)");
		second.jdbc().execute("CREATE TABLE only_in_first (id INT)");
		first.jdbc().update("INSERT INTO only_in_first (id) VALUES (1)");
		assertThat(second.jdbc().queryForObject("SELECT COUNT(*) FROM only_in_first", Integer.class)).isZero();
	}

	private static String name(TestDatabase database) {
		return database.uri().substring(database.uri().lastIndexOf('/') + 1);
	}

	private static TestDatabases.Dialect dialect(TestDatabase database) {
		return TestDatabases.Dialect.valueOf(database.kind().toUpperCase(Locale.ROOT));
	}

}
