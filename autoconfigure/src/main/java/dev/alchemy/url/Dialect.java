package dev.alchemy.url;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A database family a URL can name.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
public enum Dialect {

	/**
	 * PostgreSQL ({@code postgresql://} or {@code postgres://}).
	 */
	POSTGRESQL("org.postgresql.Driver", "org.postgresql:postgresql"),

	/**
	 * MySQL ({@code mysql://}).
	 */
	MYSQL("com.mysql.cj.jdbc.Driver", "com.mysql:mysql-connector-j"),

	/**
	 * MariaDB ({@code mariadb://}).
	 */
	MARIADB("org.mariadb.jdbc.Driver", "org.mariadb.jdbc:mariadb-java-client"),

	/**
	 * SQLite ({@code sqlite://}), through the xerial driver.
	 */
	SQLITE("org.sqlite.JDBC", "org.xerial:sqlite-jdbc"),

	/**
	 * H2 ({@code h2://}); not an SQLAlchemy dialect, offered for Java users.
	 */
	H2("org.h2.Driver", "com.h2database:h2"),

	/**
	 * Microsoft SQL Server ({@code mssql://}).
	 */
	MSSQL("com.microsoft.sqlserver.jdbc.SQLServerDriver", "com.microsoft.sqlserver:mssql-jdbc"),

	/**
	 * Oracle Database ({@code oracle://}), through the thin driver.
	 */
	ORACLE("oracle.jdbc.OracleDriver", "com.oracle.database.jdbc:ojdbc11"),

	/**
	 * CockroachDB ({@code cockroachdb://}), which speaks the PostgreSQL protocol.
	 */
	COCKROACHDB("org.postgresql.Driver", "org.postgresql:postgresql"),

	/**
	 * A database named by a {@code jdbc:} URL whose subprotocol Alchemy does not know.
	 */
	OTHER(null, null);

	private final @Nullable String driverClassName;

	private final @Nullable String driverCoordinates;

	Dialect(@Nullable String driverClassName, @Nullable String driverCoordinates) {
		this.driverClassName = driverClassName;
		this.driverCoordinates = driverCoordinates;
	}

	/**
	 * Return the class name of the JDBC driver for this dialect.
	 * @return the driver class name, or {@code null} for {@link #OTHER}
	 */
	public @Nullable String driverClassName() {
		return this.driverClassName;
	}

	/**
	 * Return the Maven {@code groupId:artifactId} of the JDBC driver for this dialect.
	 * @return the driver coordinates, or {@code null} for {@link #OTHER}
	 */
	public @Nullable String driverCoordinates() {
		return this.driverCoordinates;
	}

	/**
	 * Name used in messages, the same as the URL scheme.
	 */
	String label() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Return the dialect a {@code jdbc:} URL names through its subprotocol.
	 */
	static Dialect forJdbcSubprotocol(String subprotocol) {
		return switch (subprotocol.toLowerCase(Locale.ROOT)) {
			case "postgresql" -> POSTGRESQL;
			case "mysql" -> MYSQL;
			case "mariadb" -> MARIADB;
			case "sqlite" -> SQLITE;
			case "h2" -> H2;
			case "sqlserver" -> MSSQL;
			case "oracle" -> ORACLE;
			default -> OTHER;
		};
	}

}
