package dev.alchemy.url;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The JDBC form of a {@link DatabaseUrl}. Credentials are kept out of the URL so that the
 * URL can be logged; the pool receives them through {@link #username()} and
 * {@link #password()}.
 *
 * @param url the JDBC URL, without credentials when it came from an SQLAlchemy URL
 * @param username the user name, or {@code null}
 * @param password the password, or {@code null}
 * @param driverClassName the JDBC driver class, or {@code null} to let
 * {@link java.sql.DriverManager} find one
 * @param dialect the database family
 * @author Alchemy team
 * @since 0.1.0
 */
public record JdbcUrl(String url, @Nullable String username, @Nullable String password,
		@Nullable String driverClassName, Dialect dialect) {

	public JdbcUrl {
		Objects.requireNonNull(url, "'url' must not be null");
		Objects.requireNonNull(dialect, "'dialect' must not be null");
	}

	@Override
	public String toString() {
		// A jdbc: URL given as is may still carry a password of its own.
		return "JdbcUrl[url=" + DatabaseUrl.mask(this.url) + ", username=" + this.username + ", password="
				+ ((this.password != null) ? UrlMasker.MASK : null) + ", driverClassName=" + this.driverClassName
				+ ", dialect=" + this.dialect + "]";
	}

}
