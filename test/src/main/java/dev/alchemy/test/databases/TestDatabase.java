package dev.alchemy.test.databases;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Function;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * One empty database that belongs to a single test (or test class), obtained from
 * {@link TestDatabases}. It offers the database both as the SQLAlchemy-style URI an
 * application is configured with and as a plain {@link DataSource} for checking rows
 * directly, not through the application.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
public final class TestDatabase {

	private final String kind;

	private final @Nullable String host;

	private final int port;

	/** The database name on a server, or the absolute file path for SQLite. */
	private final String database;

	private final @Nullable String username;

	private final @Nullable String password;

	private final String jdbcUrl;

	/** Who logs in with a given password: see {@link #uriWithPassword(String)}. */
	private final @Nullable Function<String, String> loginForPassword;

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	private TestDatabase(String kind, @Nullable String host, int port, String database, @Nullable String username,
			@Nullable String password, String jdbcUrl, @Nullable Function<String, String> loginForPassword) {
		this.kind = kind;
		this.host = host;
		this.port = port;
		this.database = database;
		this.username = username;
		this.password = password;
		this.jdbcUrl = jdbcUrl;
		this.loginForPassword = loginForPassword;
		DriverManagerDataSource dataSource = new DriverManagerDataSource(jdbcUrl);
		dataSource.setUsername(username);
		dataSource.setPassword(password);
		this.dataSource = dataSource;
		this.jdbc = new JdbcTemplate(dataSource);
	}

	static TestDatabase onServer(String kind, String host, int port, String database, String username,
			@Nullable String password, Function<String, String> loginForPassword) {
		return new TestDatabase(kind, host, port, database, username, password, jdbcUrl(kind, host, port, database),
				loginForPassword);
	}

	static TestDatabase sqliteFile(Path file) {
		String path = file.toAbsolutePath().normalize().toString();
		return new TestDatabase("sqlite", null, -1, path, null, null, "jdbc:sqlite:" + path, null);
	}

	static String jdbcUrl(String kind, String host, int port, String database) {
		return "jdbc:" + kind + "://" + hostForUrl(host) + ":" + port + "/" + database;
	}

	/**
	 * The SQLAlchemy-style URI of this database, with credentials, for example
	 * {@code postgresql://postgres@127.0.0.1:5432/alchemy_test_0a1b2c3d4e5f} or
	 * {@code sqlite:////tmp/junit123/0a1b2c3d4e5f.db}.
	 * @return the URI
	 */
	public String uri() {
		return uri((this.password != null) ? encode(this.password) : null);
	}

	/**
	 * This database's URI with the given password in it, for tests that check a secret
	 * never leaks. The URI works: servers that trust local connections (PostgreSQL on CI,
	 * the embedded servers) accept any password, and on a MariaDB server that checks
	 * passwords (CI's root has an empty one, which refuses any other) a user with that
	 * password is created for this database, so the user name then differs from
	 * {@link #username()}. A later call with another password replaces that user's
	 * password.
	 * @param password the password to put in the URI
	 * @return the URI
	 * @throws UnsupportedOperationException for SQLite, which has no credentials, and for
	 * a PostgreSQL server that checks passwords
	 */
	public String uriWithPassword(String password) {
		if (this.host == null || this.loginForPassword == null) {
			throw new UnsupportedOperationException("A " + this.kind + " database has no password: " + this);
		}
		return serverUri(this.kind, this.host, this.port, this.database, this.loginForPassword.apply(password),
				encode(password));
	}

	private String uri(@Nullable String encodedPassword) {
		if (this.host == null) {
			// The path is absolute, so this gives SQLAlchemy's four slashes.
			return this.kind + ":///" + this.database;
		}
		return serverUri(this.kind, this.host, this.port, this.database, this.username, encodedPassword);
	}

	/**
	 * Render a server URI; the password comes already encoded, so that {@code ***} can
	 * stand in for it.
	 */
	static String serverUri(String kind, String host, int port, String database, @Nullable String username,
			@Nullable String encodedPassword) {
		StringBuilder uri = new StringBuilder(kind).append("://");
		if (username != null) {
			uri.append(encode(username));
			if (encodedPassword != null) {
				uri.append(':').append(encodedPassword);
			}
			uri.append('@');
		}
		return uri.append(hostForUrl(host)).append(':').append(port).append('/').append(database).toString();
	}

	/**
	 * The JDBC URL of this database, without credentials.
	 * @return the JDBC URL
	 */
	public String jdbcUrl() {
		return this.jdbcUrl;
	}

	/**
	 * The user name to connect with.
	 * @return the user name or {@code null} for SQLite
	 */
	public @Nullable String username() {
		return this.username;
	}

	/**
	 * The password to connect with.
	 * @return the password or {@code null} when there is none
	 */
	public @Nullable String password() {
		return this.password;
	}

	/**
	 * What kind of database this is.
	 * @return {@code "postgresql"}, {@code "mariadb"} or {@code "sqlite"}
	 */
	public String kind() {
		return this.kind;
	}

	/**
	 * A small unpooled data source for this database, for checking rows directly rather
	 * than through the application under test.
	 * @return the data source
	 */
	public DataSource dataSource() {
		return this.dataSource;
	}

	/**
	 * A {@link JdbcTemplate} on {@link #dataSource()}.
	 * @return the template
	 */
	public JdbcTemplate jdbc() {
		return this.jdbc;
	}

	@Override
	public String toString() {
		// Test reports and assertion messages end up in CI logs, so the password never
		// appears here, only the fact that there is one.
		return this.kind + " " + uri((this.password != null) ? "***" : null);
	}

	private static String hostForUrl(String host) {
		return (host.indexOf(':') >= 0) ? "[" + host + "]" : host;
	}

	/**
	 * Percent-encode everything but RFC 3986's unreserved characters, so that a user name
	 * or password with {@code @}, {@code :} or {@code /} survives in a URI.
	 * {@link java.net.URLEncoder} is not used because it writes spaces as {@code +}, which
	 * URI parsers do not decode in the user-info part.
	 */
	static String encode(String value) {
		StringBuilder encoded = new StringBuilder();
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xFF);
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
					|| c == '_' || c == '~') {
				encoded.append(c);
			}
			else {
				encoded.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
					.append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
			}
		}
		return encoded.toString();
	}

}
