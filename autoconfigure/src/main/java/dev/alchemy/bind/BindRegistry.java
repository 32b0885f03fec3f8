package dev.alchemy.bind;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.metamodel.Metamodel;
import org.jspecify.annotations.Nullable;

import org.springframework.util.ClassUtils;

/**
 * The binds of an application by key, and which bind each entity class belongs to.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
public final class BindRegistry {

	/**
	 * The key of the default bind.
	 */
	public static final String DEFAULT = "default";

	private final Map<String, BoundDatabase> binds;

	private final Map<Class<?>, Optional<BoundDatabase>> bindsByEntity = new ConcurrentHashMap<>();

	/**
	 * Create a registry.
	 * @param binds the binds, the default one (if any) under {@link #DEFAULT}
	 */
	public BindRegistry(Collection<BoundDatabase> binds) {
		Map<String, BoundDatabase> byKey = new LinkedHashMap<>();
		binds.forEach((bind) -> byKey.put(bind.key(), bind));
		this.binds = Collections.unmodifiableMap(byKey);
	}

	/**
	 * Return the bind with the given key.
	 * @param key the bind key
	 * @return the bind
	 * @throws IllegalArgumentException when no bind has that key
	 */
	public BoundDatabase get(String key) {
		BoundDatabase bind = this.binds.get(key);
		if (bind == null) {
			throw new IllegalArgumentException(
					"No bind '" + key + "' is configured; configured binds: " + this.binds.keySet());
		}
		return bind;
	}

	/**
	 * Return the default bind.
	 * @return the default bind
	 * @throws IllegalStateException when the application has no default database
	 */
	public BoundDatabase defaultBind() {
		BoundDatabase bind = this.binds.get(DEFAULT);
		if (bind == null) {
			throw new IllegalStateException("No default database is configured (set 'sqlalchemy.database-uri'); "
					+ "configured binds: " + this.binds.keySet());
		}
		return bind;
	}

	/**
	 * Return the bind whose entity manager factory manages the given entity class.
	 * @param entityType an entity class, or a proxy or subclass of one
	 * @return the bind
	 * @throws IllegalArgumentException when no bind manages the class
	 */
	public BoundDatabase forEntity(Class<?> entityType) {
		return findForEntity(entityType).orElseThrow(() -> new IllegalArgumentException(entityType.getName()
				+ " is not an entity of any bind " + this.binds.keySet() + "; is it annotated with @Entity?"));
	}

	/**
	 * Return the bind that manages the given class, if any.
	 * @param type a class
	 * @return the bind, or empty when the class is not an entity
	 */
	public Optional<BoundDatabase> findForEntity(Class<?> type) {
		return this.bindsByEntity.computeIfAbsent(ClassUtils.getUserClass(type), this::lookUp);
	}

	/**
	 * Hibernate proxies and other generated subclasses are not in the metamodel: walk up
	 * to the entity class they extend.
	 */
	private Optional<BoundDatabase> lookUp(Class<?> type) {
		for (Class<?> candidate = type; candidate != null && candidate != Object.class; candidate = candidate
			.getSuperclass()) {
			for (BoundDatabase bind : this.binds.values()) {
				if (manages(bind.entityManagerFactory().getMetamodel(), candidate)) {
					return Optional.of(bind);
				}
			}
		}
		return Optional.empty();
	}

	private static boolean manages(Metamodel metamodel, Class<?> type) {
		try {
			metamodel.managedType(type);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/**
	 * Return the bind keys, default first.
	 * @return the keys
	 */
	public Set<String> keys() {
		return this.binds.keySet();
	}

	/**
	 * Return every bind, default first.
	 * @return the binds
	 */
	public Collection<BoundDatabase> all() {
		return this.binds.values();
	}

	/**
	 * Return the binds with the given keys, or every bind when none is given.
	 * @param keys bind keys
	 * @return the binds, in the order given
	 */
	public Collection<BoundDatabase> select(String @Nullable... keys) {
		if (keys == null || keys.length == 0) {
			return all();
		}
		Map<String, BoundDatabase> selected = new LinkedHashMap<>();
		for (String key : keys) {
			selected.put(key, get(key));
		}
		return selected.values();
	}

}
