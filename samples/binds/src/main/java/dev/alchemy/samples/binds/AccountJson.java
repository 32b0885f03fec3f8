package dev.alchemy.samples.binds;

import org.jspecify.annotations.Nullable;

import dev.alchemy.samples.binds.auth.Account;

/**
 * An account as the JSON API shows it.
 *
 * @param id the account's key
 * @param username the username
 * @param displayName the display name
 */
record AccountJson(@Nullable Long id, String username, String displayName) {

	static AccountJson of(Account account) {
		return new AccountJson(account.getId(), account.getUsername(), account.getDisplayName());
	}

}
