package dev.alchemy.autoconfigure.bindfixtures;

import jakarta.persistence.Entity;

/**
 * An entity of {@code auth} through its superclass.
 */
@Entity
public class LoginEvent extends AuthRecord {

	private String account;

	protected LoginEvent() {
	}

	public LoginEvent(String account) {
		this.account = account;
	}

	public String getAccount() {
		return this.account;
	}

}
