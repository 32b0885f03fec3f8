package dev.alchemy.url;

import java.util.List;
import java.util.Map;

import dev.alchemy.url.InvalidDatabaseUrlException.Kind;
import org.jspecify.annotations.Nullable;

/**
 * The pieces of a URL as the parser found them, before translation.
 *
 * @param text the URL as given, stripped of surrounding whitespace
 * @param scheme the scheme as written
 * @param driver the {@code +driver} suffix, or {@code null}
 * @param dialect the database family
 * @param username the decoded user name, or {@code null}
 * @param password the decoded password, or {@code null}
 * @param host the decoded host without IPv6 brackets, or {@code null}
 * @param port the port, or {@code null}
 * @param database the decoded path without its leading slash, or {@code null}
 * @param query the decoded query options in their original order
 * @param jdbc whether the URL was a {@code jdbc:} URL
 */
record UrlParts(String text, String scheme, @Nullable String driver, Dialect dialect, @Nullable String username,
		@Nullable String password, @Nullable String host, @Nullable Integer port, @Nullable String database,
		Map<String, List<String>> query, boolean jdbc) {

	InvalidDatabaseUrlException fail(Kind kind, String reason) {
		return new InvalidDatabaseUrlException(kind, this.text, reason);
	}

	@Override
	public String toString() {
		// The generated record toString would print the password.
		return UrlMasker.mask(this.text);
	}

}
