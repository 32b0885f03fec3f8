package dev.alchemy.samples.binds;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import dev.alchemy.samples.binds.auth.Account;

/**
 * What a client sends to create an account, as JSON or from the HTML form.
 *
 * @param username the username: lower-case letters, digits, {@code .}, {@code _} and
 * {@code -}; required
 * @param displayName the name shown next to the account's notes, required
 */
record NewAccount(@Nullable String username, @Nullable String displayName) {

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]+");

	/**
	 * Say what is wrong with this input, if anything. A username that is already taken is
	 * found out by the {@code auth} database's unique constraint, not here.
	 * @return the problem, or {@code null} if the account can be created
	 */
	@Nullable String problem() {
		if (this.username == null || this.username.isBlank()) {
			return "A username is required.";
		}
		if (this.username.length() > Account.MAX_USERNAME_LENGTH) {
			return "A username has at most " + Account.MAX_USERNAME_LENGTH + " characters.";
		}
		if (!USERNAME.matcher(this.username).matches()) {
			return "A username has only lower-case letters, digits, '.', '_' and '-'.";
		}
		if (this.displayName == null || this.displayName.isBlank()) {
			return "A display name is required.";
		}
		if (this.displayName.codePointCount(0, this.displayName.length()) > Account.MAX_DISPLAY_NAME_LENGTH) {
			return "A display name has at most " + Account.MAX_DISPLAY_NAME_LENGTH + " characters.";
		}
		return null;
	}

	/**
	 * Make the account; call only when {@link #problem()} is {@code null}.
	 * @return a new, unsaved account
	 */
	Account toAccount() {
		if (this.username == null || this.displayName == null) {
			throw new IllegalStateException("No username or display name: check problem() first");
		}
		return new Account(this.username, this.displayName.strip());
	}

}
