package dev.alchemy.url;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mariadb.jdbc.Configuration;
import org.mariadb.jdbc.export.SslMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests that the real JDBC drivers read the URLs {@link DatabaseUrl} writes the way they
 * were meant.
 */
class DatabaseUrlDriverTests {

	@TempDir
	Path instance;

	@Test
	void pgjdbcDecodesWhatWasEncoded() {
		Properties properties = pgjdbc(
				"postgresql://u:pw@h:5433/my%2Fdb?application_name=a%20b%2Bc%26d%3De&options=-c%20statement_timeout%3D5000");
		assertThat(properties.getProperty("PGHOST")).isEqualTo("h");
		assertThat(properties.getProperty("PGPORT")).isEqualTo("5433");
		assertThat(properties.getProperty("PGDBNAME")).isEqualTo("my/db");
		assertThat(properties.getProperty("ApplicationName")).isEqualTo("a b+c&d=e");
		assertThat(properties.getProperty("options")).isEqualTo("-c statement_timeout=5000");
		assertThat(properties.getProperty("user")).isNull();
		assertThat(properties.getProperty("password")).isNull();
	}

	@Test
	void pgjdbcReadsMultiHostAndSessionOptions() {
		Properties properties = pgjdbc("postgresql://u:pw@/db?host=A:5432&host=[::1]:5433"
				+ "&target_session_attrs=prefer-standby&options=-csearch_path%3Dapp,public&connect_timeout=7");
		assertThat(properties.getProperty("PGHOST")).isEqualTo("A,[::1]");
		assertThat(properties.getProperty("PGPORT")).isEqualTo("5432,5433");
		assertThat(properties.getProperty("targetServerType")).isEqualTo("preferSecondary");
		assertThat(properties.getProperty("currentSchema")).isEqualTo("app,public");
		assertThat(properties.getProperty("connectTimeout")).isEqualTo("7");
	}

	@Test
	void pgjdbcReadsAUrlWithoutDatabase() {
		assertThat(pgjdbc("postgresql://u:pw@h")).isNotNull();
	}

	@Test
	void mariadbConnectorReadsTranslatedOptions() throws SQLException {
		Configuration configuration = Configuration.parse(jdbc("mariadb://u:pw@h:3307/shop"
				+ "?charset=utf8mb4&connect_timeout=2.5&read_timeout=30&ssl_mode=verify_identity"));
		assertThat(configuration.addresses()).singleElement().satisfies((address) -> {
			assertThat(address.host).isEqualTo("h");
			assertThat(address.port).isEqualTo(3307);
		});
		assertThat(configuration.database()).isEqualTo("shop");
		assertThat(configuration.connectTimeout()).isEqualTo(2500);
		assertThat(configuration.socketTimeout()).isEqualTo(30000);
		assertThat(configuration.sslMode()).isEqualTo(SslMode.VERIFY_FULL);
		assertThat(configuration.user()).isNull();
		assertThat(configuration.password()).isNull();
	}

	@Test
	void sqliteFileIsCreatedInTheInstancePathWithPragmasApplied() throws SQLException {
		try (Connection connection = DriverManager
			.getConnection(jdbc("sqlite:///app.db?timeout=2.5&foreign_keys=true&journal_mode=WAL&check_same_thread=false"))) {
			assertThat(pragma(connection, "busy_timeout")).isEqualTo("2500");
			assertThat(pragma(connection, "foreign_keys")).isEqualTo("1");
			assertThat(pragma(connection, "journal_mode")).isEqualTo("wal");
		}
		assertThat(this.instance.resolve("app.db")).isRegularFile();
	}

	@Test
	void sqliteUriFormOpensTheResolvedFileReadOnly() throws Exception {
		try (Connection connection = DriverManager.getConnection(jdbc("sqlite:///data.db"));
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE t (x INTEGER)");
		}
		try (Connection connection = DriverManager.getConnection(jdbc("sqlite:///file:data.db?mode=ro&uri=true"));
				Statement statement = connection.createStatement()) {
			assertThat(statement.executeQuery("SELECT count(*) FROM t").getInt(1)).isZero();
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> statement.execute("INSERT INTO t VALUES (1)"))
				.withMessageContaining("readonly");
		}
		assertThat(Files.list(this.instance)).extracting((path) -> path.getFileName().toString())
			.containsExactly("data.db");
	}

	@Test
	void h2MemoryDatabaseOutlivesItsConnections() throws SQLException {
		String url = jdbc("h2:///mem:outlives");
		try (Connection connection = DriverManager.getConnection(url);
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE t (x INT)");
			statement.execute("INSERT INTO t VALUES (42)");
		}
		try (Connection connection = DriverManager.getConnection(url);
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT x FROM t")) {
			assertThat(result.next()).isTrue();
			assertThat(result.getInt(1)).isEqualTo(42);
		}
	}

	@Test
	void h2FileIsCreatedInTheInstancePathWithSettingsApplied() throws SQLException {
		try (Connection connection = DriverManager.getConnection(jdbc("h2:///sub/app?mode=PostgreSQL"));
				Statement statement = connection.createStatement();
				ResultSet result = statement
					.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'MODE'")) {
			assertThat(result.next()).isTrue();
			assertThat(result.getString(1)).isEqualTo("PostgreSQL");
		}
		assertThat(this.instance.resolve("sub/app.mv.db")).isRegularFile();
	}

	private String jdbc(String url) {
		return DatabaseUrl.parse(url).toJdbcUrl(this.instance).url();
	}

	private Properties pgjdbc(String url) {
		return org.postgresql.Driver.parseURL(jdbc(url), null);
	}

	private static String pragma(Connection connection, String name) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("PRAGMA " + name)) {
			return result.getString(1);
		}
	}

}
