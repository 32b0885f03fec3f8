package dev.alchemy.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import dev.alchemy.bind.BindRegistry;
import dev.alchemy.bind.UnknownBindException;

/**
 * Explains an entity that belongs to a bind which is not configured.
 */
class UnknownBindFailureAnalyzer extends AbstractFailureAnalyzer<UnknownBindException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, UnknownBindException cause) {
		String entity = cause.getEntityType().getName();
		String action;
		if (BindRegistry.DEFAULT.equals(cause.getBindKey())) {
			action = "Set 'sqlalchemy.database-uri' to the default database's URI, or put " + entity
					+ " in one of the configured binds with @Bind.";
		}
		else {
			action = "Configure the bind with 'sqlalchemy.binds." + cause.getBindKey()
					+ "' (its database URI), or change the @Bind of " + entity + " to one of the configured binds "
					+ cause.getConfiguredKeys() + ".";
		}
		return new FailureAnalysis(cause.getMessage(), action, cause);
	}

}
