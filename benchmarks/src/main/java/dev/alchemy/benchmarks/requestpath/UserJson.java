package dev.alchemy.benchmarks.requestpath;

import org.jspecify.annotations.Nullable;

/**
 * A user as the quickstart's JSON API shows it.
 *
 * @param id the user's key
 * @param username the username
 * @param email the email address, or {@code null}
 * @author Alchemy team
 * @since 0.1.0
 */
public record UserJson(long id, String username, @Nullable String email) {

}
