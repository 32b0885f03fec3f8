package dev.alchemy.autoconfigure.bindsonlyfixtures;

import org.springframework.transaction.annotation.Transactional;

/**
 * Writes to both binds in one {@code @Transactional} method.
 */
public class BindsOnlyService {

	private final LoginRepository logins;

	private final LabelRepository labels;

	BindsOnlyService(LoginRepository logins, LabelRepository labels) {
		this.logins = logins;
		this.labels = labels;
	}

	@Transactional
	public void writeBothThenFail(String name) {
		this.logins.save(new Login(name));
		this.labels.save(new Label(name));
		throw new IllegalStateException("failing after writing " + name);
	}

}
