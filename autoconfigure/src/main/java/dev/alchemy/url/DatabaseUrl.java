package dev.alchemy.url;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import dev.alchemy.url.InvalidDatabaseUrlException.Kind;
import org.jspecify.annotations.Nullable;

/**
 * A parsed SQLAlchemy database URL:
 * {@code dialect[+driver]://[user[:password]@][host][:port][/database][?key=value&...]},
 * or a {@code jdbc:} URL taken as it is.
 * <p>
 * Everything that can be wrong with a URL is found by {@link #parse(String)}: the scheme,
 * the syntax and every query option, which is translated through a per-dialect table.
 * {@link #toJdbcUrl(Path)} only resolves relative SQLite and H2 files against the
 * instance path. Instances are immutable, and {@link #toString()} never shows the
 * password.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
public final class DatabaseUrl {

	private final UrlParts parts;

	private final Translation translation;

	private DatabaseUrl(UrlParts parts, Translation translation) {
		this.parts = parts;
		this.translation = translation;
	}

	/**
	 * Parse and check a database URL.
	 * @param url an SQLAlchemy URL or a {@code jdbc:} URL; surrounding whitespace is
	 * ignored
	 * @return the parsed URL
	 * @throws InvalidDatabaseUrlException if the URL cannot be used
	 */
	public static DatabaseUrl parse(String url) {
		UrlParts parts = UrlParser.parse(url);
		return new DatabaseUrl(parts, translate(parts));
	}

	private static Translation translate(UrlParts parts) {
		if (parts.jdbc()) {
			return Translation.fixed(parts.text(), isInMemoryJdbc(parts.text(), parts.dialect()));
		}
		return switch (parts.dialect()) {
			case POSTGRESQL, COCKROACHDB -> PostgresqlTranslator.translate(parts);
			case MYSQL -> MysqlTranslator.mysql(parts);
			case MARIADB -> MysqlTranslator.mariadb(parts);
			case SQLITE -> SqliteTranslator.translate(parts);
			case H2 -> H2Translator.translate(parts);
			case MSSQL -> SqlServerTranslator.translate(parts);
			case ORACLE -> OracleTranslator.translate(parts);
			case OTHER -> throw new IllegalStateException("No scheme maps to " + parts.dialect());
		};
	}

	private static boolean isInMemoryJdbc(String text, Dialect dialect) {
		String lower = text.toLowerCase(Locale.ROOT);
		if (dialect == Dialect.H2) {
			return lower.startsWith("jdbc:h2:mem:");
		}
		if (dialect == Dialect.SQLITE) {
			String target = lower.substring("jdbc:sqlite:".length());
			int query = target.indexOf('?');
			String path = (query < 0) ? target : target.substring(0, query);
			String options = (query < 0) ? "" : target.substring(query);
			return path.isEmpty() || path.equals(":memory:") || path.equals("file::memory:")
					|| (path.startsWith("file:") && options.contains("mode=memory"));
		}
		return false;
	}

	/**
	 * Return the database family.
	 * @return the dialect
	 */
	public Dialect dialect() {
		return this.parts.dialect();
	}

	/**
	 * Return the scheme as written, such as {@code postgresql+psycopg2}, or {@code jdbc}
	 * for a {@code jdbc:} URL.
	 * @return the scheme
	 */
	public String scheme() {
		return this.parts.scheme();
	}

	/**
	 * Return the Python driver named after the {@code +}, which Alchemy ignores.
	 * @return the driver, such as {@code psycopg2}, or {@code null}
	 */
	public @Nullable String driver() {
		return this.parts.driver();
	}

	/**
	 * Return the percent-decoded user name.
	 * @return the user name, or {@code null}
	 */
	public @Nullable String username() {
		return this.parts.username();
	}

	/**
	 * Return the percent-decoded password.
	 * @return the password, or {@code null}
	 */
	public @Nullable String password() {
		return this.parts.password();
	}

	/**
	 * Return the host, an IPv6 address without its brackets.
	 * @return the host, or {@code null}
	 */
	public @Nullable String host() {
		return this.parts.host();
	}

	/**
	 * Return the port given in the URL; default ports are not filled in.
	 * @return the port, or {@code null}
	 */
	public @Nullable Integer port() {
		return this.parts.port();
	}

	/**
	 * Return the percent-decoded path without its leading {@code /}: a database name, or
	 * for SQLite and H2 a file (absolute when it starts with {@code /}).
	 * @return the database, or {@code null}
	 */
	public @Nullable String database() {
		return this.parts.database();
	}

	/**
	 * Return the query options, percent-decoded, in the order they were written.
	 * @return an unmodifiable map from option name to its values
	 */
	public Map<String, List<String>> query() {
		return this.parts.query();
	}

	/**
	 * Return whether the database lives in memory, such as {@code sqlite://},
	 * {@code sqlite:///:memory:} or {@code h2:///mem:test}. Each connection to an
	 * in-memory SQLite database sees a database of its own.
	 * @return whether the database is in memory
	 */
	public boolean isInMemory() {
		return this.translation.inMemory();
	}

	/**
	 * Return whether the URL was given as a {@code jdbc:} URL.
	 * @return whether this is a JDBC URL
	 */
	public boolean isJdbc() {
		return this.parts.jdbc();
	}

	/**
	 * Translate to JDBC. Relative SQLite and H2 files are resolved against the instance
	 * path, made absolute; no directory is created.
	 * @param instancePath where relative database files live
	 * @return the JDBC URL, with the credentials kept beside it
	 * @throws InvalidDatabaseUrlException if the file path is not valid on this system
	 */
	public JdbcUrl toJdbcUrl(Path instancePath) {
		Objects.requireNonNull(instancePath, "'instancePath' must not be null");
		String url;
		try {
			url = this.translation.url().apply(instancePath);
		}
		catch (InvalidPathException ex) {
			throw new InvalidDatabaseUrlException(Kind.MALFORMED, this.parts.text(),
					"The database file is not a valid path on this system");
		}
		Dialect dialect = this.parts.dialect();
		return new JdbcUrl(url, this.parts.username(), this.parts.password(), dialect.driverClassName(), dialect);
	}

	/**
	 * Replace any password in URL-like text with {@code ***}: the password of the user
	 * info and the value of options named {@code password}, {@code pwd},
	 * {@code passwd} or ending so, after {@code ?}, {@code &} or {@code ;}. Safe for text
	 * that does not parse; never throws.
	 * @param anyUrl the text to mask
	 * @return the text with passwords masked
	 */
	public static String mask(String anyUrl) {
		return UrlMasker.mask(anyUrl);
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return (this == other) || (other instanceof DatabaseUrl that && this.parts.text().equals(that.parts.text()));
	}

	@Override
	public int hashCode() {
		return this.parts.text().hashCode();
	}

	/**
	 * Return the URL as written, with the password shown as {@code ***}.
	 * @return the masked URL
	 */
	@Override
	public String toString() {
		return mask(this.parts.text());
	}

}
