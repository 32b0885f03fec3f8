package dev.alchemy.samples.quickstart;

import org.jspecify.annotations.Nullable;

/**
 * What a client sends to create a user, as JSON or from the HTML form.
 *
 * @param username the username, required
 * @param email the email address, optional
 * @author Alchemy team
 */
record NewUser(@Nullable String username, @Nullable String email) {

	/**
	 * Say what is wrong with this input, if anything. A username that is already taken is
	 * found out by the database's unique constraint, not here.
	 * @return the problem, or {@code null} if the user can be created
	 */
	@Nullable String problem() {
		if (this.username == null || this.username.isBlank()) {
			return "A username is required.";
		}
		if (tooLong(this.username)) {
			return "A username has at most " + User.MAX_LENGTH + " characters.";
		}
		if (this.email != null && tooLong(this.email)) {
			return "An email address has at most " + User.MAX_LENGTH + " characters.";
		}
		return null;
	}

	private static boolean tooLong(String value) {
		return value.codePointCount(0, value.length()) > User.MAX_LENGTH;
	}

	/**
	 * Make the user; call only when {@link #problem()} is {@code null}.
	 * @return a new, unsaved user
	 */
	User toUser() {
		if (this.username == null) {
			throw new IllegalStateException("No username: check problem() first");
		}
		return new User(this.username, this.email);
	}

}
