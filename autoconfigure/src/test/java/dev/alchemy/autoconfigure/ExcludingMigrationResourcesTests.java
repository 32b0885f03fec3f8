package dev.alchemy.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.JDBC;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link ExcludingMigrationResources}, against real databases.
 */
class ExcludingMigrationResourcesTests {

	private static final String LOCATION = "classpath:db/excluding-test";

	private static final List<String> OTHER_BINDS = List.of(LOCATION + "/auth", LOCATION + "/meta");

	private static final String POSTGRESQL = "jdbc:postgresql://127.0.0.1:5432/test";

	@TempDir
	Path temp;

	@Test
	void flywayAloneAlsoFindsTheMigrationsInSubfolders() {
		assertFindsBothVersionOnes(sqlite("alone").locations(LOCATION));
	}

	@Test
	void excludedSubfolderMigrationsAreNotApplied() throws SQLException {
		String url = sqliteUrl("excluded");
		Flyway flyway = excluding(OTHER_BINDS, sqlite("excluded").locations(LOCATION)).load();
		assertThat(flyway.migrate().migrationsExecuted).isEqualTo(1);
		assertThat(scripts(flyway)).containsExactly("V1__default.sql");
		assertThat(tables(url, null)).contains("default_things").doesNotContain("auth_users", "meta_tags");
	}

	@Test
	void excludedSubfolderMigrationsAreNotAppliedOnPostgresql() throws SQLException {
		String schema = "excluding_" + UUID.randomUUID().toString().replace("-", "");
		try {
			Flyway flyway = excluding(OTHER_BINDS, Flyway.configure().dataSource(POSTGRESQL, "postgres", null))
				.schemas(schema)
				.locations(LOCATION)
				.load();
			assertThat(flyway.migrate().migrationsExecuted).isEqualTo(1);
			assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
			assertThat(scripts(flyway)).containsExactly("V1__default.sql");
			assertThat(tables(POSTGRESQL, schema)).contains("default_things")
				.doesNotContain("auth_users", "meta_tags");
		}
		finally {
			try (Connection connection = connect(POSTGRESQL);
					Statement statement = connection.createStatement()) {
				statement.execute("drop schema if exists " + schema + " cascade");
			}
		}
	}

	@Test
	void subfoldersThatAreNotExcludedAreStillScanned() throws SQLException {
		String url = sqliteUrl("auth-only");
		Flyway flyway = excluding(List.of(LOCATION + "/auth"), sqlite("auth-only").locations(LOCATION)).load();
		assertThat(flyway.migrate().migrationsExecuted).isEqualTo(2);
		assertThat(scripts(flyway)).containsExactly("V1__default.sql", "meta/V2__meta.sql");
		assertThat(tables(url, null)).contains("default_things", "meta_tags").doesNotContain("auth_users");
	}

	@Test
	void wildcardExclusionLeavesOutEverySubfolder() throws SQLException {
		String url = sqliteUrl("wildcard");
		Flyway flyway = excluding(List.of(LOCATION + "/*"), sqlite("wildcard").locations(LOCATION)).load();
		assertThat(flyway.migrate().migrationsExecuted).isEqualTo(1);
		assertThat(tables(url, null)).contains("default_things").doesNotContain("auth_users", "meta_tags");
	}

	@Test
	void migrationsAreTheSameAsWithFlywaysOwnScanner() {
		String location = "classpath:db/excluding-test-flat";
		Flyway plain = sqlite("plain").locations(location).load();
		Flyway excluding = excluding(List.of(), sqlite("excluding").locations(location)).load();
		plain.migrate();
		excluding.migrate();
		assertThat(describe(excluding)).hasSize(2).isEqualTo(describe(plain));
		assertThat(excluding.validateWithResult().validationSuccessful).isTrue();
	}

	@Test
	void validationPassesForASchemaMigratedByFlywaysOwnScanner() {
		String location = "classpath:db/excluding-test-flat";
		sqlite("shared").locations(location).load().migrate();
		Flyway excluding = excluding(List.of(), sqlite("shared").locations(location)).load();
		assertThat(excluding.validateWithResult().validationSuccessful).isTrue();
		assertThat(excluding.migrate().migrationsExecuted).isZero();
	}

	@Test
	void fileSystemLocationsAreSupported() throws Exception {
		Path migrations = migrations(this.temp.resolve("migrations"));
		String url = sqliteUrl("filesystem");
		String location = "filesystem:" + migrations;
		assertFindsBothVersionOnes(sqlite("filesystem-alone").locations(location));
		Flyway flyway = excluding(List.of(location + "/auth", location + "/meta"),
				sqlite("filesystem").locations(location))
			.load();
		assertThat(flyway.migrate().migrationsExecuted).isEqualTo(1);
		assertThat(tables(url, null)).contains("default_things").doesNotContain("auth_users", "meta_tags");
	}

	@Test
	void fileSystemMigrationsAreTheSameAsWithFlywaysOwnScanner() throws Exception {
		Path flat = this.temp.resolve("flat");
		Files.createDirectories(flat);
		for (String script : List.of("V1__flat.sql", "V2__crlf.sql")) {
			try (InputStream content = getClass().getResourceAsStream("/db/excluding-test-flat/" + script)) {
				Files.copy(content, flat.resolve(script));
			}
		}
		String location = "filesystem:" + flat;
		Flyway plain = sqlite("plain").locations(location).load();
		Flyway excluding = excluding(List.of(), sqlite("excluding").locations(location)).load();
		plain.migrate();
		excluding.migrate();
		assertThat(describe(excluding)).hasSize(2).isEqualTo(describe(plain));
	}

	@Test
	void classpathLocationsInJarsAreSupported() throws Exception {
		Path jar = this.temp.resolve("migrations.jar");
		try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
			for (String folder : List.of("db/", "db/jar-test/", "db/jar-test/auth/")) {
				out.putNextEntry(new JarEntry(folder));
			}
			putEntry(out, "db/jar-test/V1__default.sql", "create table default_things (id integer primary key);\n");
			putEntry(out, "db/jar-test/auth/V1__auth.sql", "create table auth_users (id integer primary key);\n");
		}
		String url = sqliteUrl("jar");
		try (URLClassLoader classLoader = new URLClassLoader(new URL[] { jar.toUri().toURL() },
				getClass().getClassLoader())) {
			assertFindsBothVersionOnes(Flyway.configure(classLoader)
				.dataSource(sqliteUrl("jar-alone"), null, null)
				.locations("classpath:db/jar-test"));
			Flyway flyway = excluding(List.of("classpath:db/jar-test/auth"),
					Flyway.configure(classLoader).dataSource(url, null, null).locations("classpath:db/jar-test"))
				.load();
			assertThat(flyway.migrate().migrationsExecuted).isEqualTo(1);
			assertThat(scripts(flyway)).containsExactly("V1__default.sql");
		}
		assertThat(tables(url, null)).contains("default_things").doesNotContain("auth_users");
	}

	@Test
	void customizerAppliesToSpringBootsFlyway() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(FlywayAutoConfiguration.class))
			.withBean(DataSource.class, () -> new SimpleDriverDataSource(new JDBC(), sqliteUrl("boot")))
			.withBean(FlywayConfigurationCustomizer.class, () -> ExcludingMigrationResources.excluding(OTHER_BINDS))
			.withPropertyValues("spring.flyway.locations=" + LOCATION)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(scripts(context.getBean(Flyway.class))).containsExactly("V1__default.sql");
				assertThat(tables(sqliteUrl("boot"), null)).contains("default_things")
					.doesNotContain("auth_users", "meta_tags");
			});
	}

	private static void assertFindsBothVersionOnes(FluentConfiguration configuration) {
		assertThatExceptionOfType(FlywayException.class).isThrownBy(configuration.load()::migrate)
			.withMessageContaining("more than one migration with version 1")
			.withMessageContaining("V1__default.sql")
			.withMessageContaining("V1__auth.sql");
	}

	private FluentConfiguration excluding(List<String> excludedLocations, FluentConfiguration configuration) {
		ExcludingMigrationResources.excluding(excludedLocations).customize(configuration);
		return configuration;
	}

	private FluentConfiguration sqlite(String name) {
		return Flyway.configure().dataSource(sqliteUrl(name), null, null);
	}

	private String sqliteUrl(String name) {
		return "jdbc:sqlite:" + this.temp.resolve(name + ".sqlite");
	}

	private static List<String> scripts(Flyway flyway) {
		return Arrays.stream(flyway.info().applied())
			.filter((info) -> !info.getType().isSynthetic())
			.map(MigrationInfo::getScript)
			.toList();
	}

	private static List<String> describe(Flyway flyway) {
		return Arrays.stream(flyway.info().applied())
			.map((info) -> String.join(" | ", info.getType().name(), info.getVersion().getVersion(),
					info.getDescription(), info.getScript(), String.valueOf(info.getChecksum())))
			.toList();
	}

	private static List<String> tables(String url, String schema) throws SQLException {
		try (Connection connection = connect(url);
				ResultSet tables = connection.getMetaData().getTables(null, schema, "%", new String[] { "TABLE" })) {
			List<String> names = new ArrayList<>();
			while (tables.next()) {
				names.add(tables.getString("TABLE_NAME"));
			}
			return names;
		}
	}

	private static Connection connect(String url) throws SQLException {
		return url.equals(POSTGRESQL) ? DriverManager.getConnection(url, "postgres", null)
				: DriverManager.getConnection(url);
	}

	private static Path migrations(Path folder) throws IOException {
		write(folder.resolve("V1__default.sql"), "create table default_things (id integer primary key);\n");
		write(folder.resolve("auth/V1__auth.sql"), "create table auth_users (id integer primary key);\n");
		write(folder.resolve("meta/V2__meta.sql"), "create table meta_tags (id integer primary key);\n");
		return folder;
	}

	private static void write(Path file, String content) throws IOException {
		Files.createDirectories(file.getParent());
		Files.writeString(file, content);
	}

	private static void putEntry(JarOutputStream out, String name, String content) throws IOException {
		out.putNextEntry(new JarEntry(name));
		out.write(content.getBytes(StandardCharsets.UTF_8));
	}

}
