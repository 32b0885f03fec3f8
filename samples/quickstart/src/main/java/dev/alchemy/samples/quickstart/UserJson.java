package dev.alchemy.samples.quickstart;

import org.jspecify.annotations.Nullable;

/**
 * A user as the JSON API shows it: {@code {"id":1,"username":"a","email":null}}.
 *
 * @param id the user's key
 * @param username the username
 * @param email the email address, or {@code null}
 * @author Alchemy team
 */
record UserJson(@Nullable Long id, String username, @Nullable String email) {

	static UserJson of(User user) {
		return new UserJson(user.getId(), user.getUsername(), user.getEmail());
	}

}
