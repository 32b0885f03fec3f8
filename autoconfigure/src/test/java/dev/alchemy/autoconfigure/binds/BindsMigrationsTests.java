package dev.alchemy.autoconfigure.binds;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ConfigurableApplicationContext;

import dev.alchemy.Db;
import dev.alchemy.autoconfigure.bindfixtures.BindsApplication;
import dev.alchemy.autoconfigure.bindfixtures.Note;
import dev.alchemy.autoconfigure.bindfixtures.auth.Account;
import dev.alchemy.autoconfigure.bindfixtures.meta.Tag;
import dev.alchemy.session.SessionScope;
import dev.alchemy.test.databases.TestDatabase;
import dev.alchemy.test.databases.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Flyway per bind, on PostgreSQL, MariaDB and SQLite at once. The binds' migrations sit in
 * subfolders of the default database's location, which Flyway would otherwise scan too.
 */
class BindsMigrationsTests {

	private static final String LOCATION = "classpath:db/binds-migrations";

	@TempDir
	Path sqliteDirectory;

	@Test
	void eachBindIsMigratedFromItsOwnLocationBeforeItsEntityManagerFactoryStarts() {
		TestDatabase postgresql = TestDatabases.postgresql();
		TestDatabase mariadb = TestDatabases.mariadb();
		TestDatabase sqlite = TestDatabases.sqlite(this.sqliteDirectory);
		try (ConfigurableApplicationContext context = start(postgresql, mariadb, sqlite)) {
			assertThat(scripts(postgresql)).containsExactly("V1__note.sql");
			assertThat(scripts(mariadb)).containsExactly("V1__account.sql");
			assertThat(scripts(sqlite)).containsExactly("V1__tag.sql");
			for (String bind : new String[] { "auth", "meta" }) {
				assertThat(context.getBeanFactory().getBeanDefinition(bind + "EntityManagerFactory").getDependsOn())
					.contains(bind + "FlywayMigrationInitializer");
			}
			Db db = context.getBean(Db.class);
			try (SessionScope scope = db.openScope()) {
				db.session().add(new Note("n"));
				db.session().add(new Account("a"));
				db.session().add(new Tag("t"));
				db.session().commit();
			}
			assertThat(rows(postgresql, "note") + rows(mariadb, "account") + rows(sqlite, "tag")).isEqualTo(3);
		}
	}

	@Test
	void aBindWhoseMigrationsAreDisabledGetsNoFlyway() {
		TestDatabase postgresql = TestDatabases.postgresql();
		TestDatabase mariadb = TestDatabases.mariadb();
		TestDatabase sqlite = TestDatabases.sqlite(this.sqliteDirectory);
		try (ConfigurableApplicationContext context = start(postgresql, mariadb, sqlite,
				"sqlalchemy.binds.meta.flyway.enabled=false")) {
			assertThat(context.containsBean("metaFlyway")).isFalse();
			assertThat(context.containsBean("authFlyway")).isTrue();
			assertThat(sqlite.jdbc()
				.queryForObject("select count(*) from sqlite_master where name = 'flyway_schema_history'", Integer.class))
				.isZero();
		}
	}

	@Test
	void aBindWithoutMigrationsGetsNoFlyway() {
		TestDatabase postgresql = TestDatabases.postgresql();
		TestDatabase mariadb = TestDatabases.mariadb();
		TestDatabase sqlite = TestDatabases.sqlite(this.sqliteDirectory);
		try (ConfigurableApplicationContext context = start(postgresql, mariadb, sqlite,
				"spring.flyway.locations=classpath:db/binds-migrations-default",
				"sqlalchemy.binds.meta.flyway.locations=classpath:db/binds-migrations/none")) {
			assertThat(context.containsBean("metaFlyway")).isFalse();
		}
	}

	private static ConfigurableApplicationContext start(TestDatabase postgresql, TestDatabase mariadb,
			TestDatabase sqlite, String... extra) {
		String[] properties = { "sqlalchemy.database-uri=" + postgresql.uri(),
				"spring.flyway.locations=" + LOCATION, "sqlalchemy.binds.auth.uri=" + mariadb.uri(),
				"sqlalchemy.binds.auth.flyway.locations=" + LOCATION + "/auth",
				"sqlalchemy.binds.meta.uri=" + sqlite.uri(),
				"sqlalchemy.binds.meta.flyway.locations=" + LOCATION + "/meta" };
		// A property given twice on the command line would be a list of both values.
		Map<String, String> all = new LinkedHashMap<>();
		Stream.concat(Arrays.stream(properties), Arrays.stream(extra))
			.forEach((property) -> all.put(property.substring(0, property.indexOf('=')), property));
		return BindsApplication.start(all.values().toArray(String[]::new));
	}

	private static Iterable<String> scripts(TestDatabase database) {
		return database.jdbc()
			.queryForList("select script from flyway_schema_history where success = "
					+ (database.kind().equals("postgresql") ? "true" : "1") + " order by installed_rank", String.class);
	}

	private static int rows(TestDatabase database, String table) {
		return database.jdbc().queryForObject("select count(*) from " + table, Integer.class);
	}

}
