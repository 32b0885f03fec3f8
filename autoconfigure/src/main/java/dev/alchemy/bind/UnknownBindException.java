package dev.alchemy.bind;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * An entity belongs to a bind that is not configured.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
public class UnknownBindException extends IllegalStateException {

	private final Class<?> entityType;

	private final String bindKey;

	private final Set<String> configuredKeys;

	/**
	 * Create a new exception.
	 * @param entityType the entity
	 * @param bindKey the bind it names
	 * @param reason what put it in that bind
	 * @param configuredKeys the binds that are configured
	 */
	public UnknownBindException(Class<?> entityType, String bindKey, String reason, Set<String> configuredKeys) {
		super(message(entityType, bindKey, reason, configuredKeys));
		this.entityType = entityType;
		this.bindKey = bindKey;
		this.configuredKeys = Collections.unmodifiableSet(new LinkedHashSet<>(configuredKeys));
	}

	private static String message(Class<?> entityType, String bindKey, String reason, Set<String> configuredKeys) {
		String what = BindRegistry.DEFAULT.equals(bindKey) ? "the default database, which is not configured"
				: "bind '" + bindKey + "', which is not configured";
		return "Entity " + entityType.getName() + " belongs to " + what + " (" + reason + "); configured binds: "
				+ configuredKeys;
	}

	public Class<?> getEntityType() {
		return this.entityType;
	}

	public String getBindKey() {
		return this.bindKey;
	}

	public Set<String> getConfiguredKeys() {
		return this.configuredKeys;
	}

}
