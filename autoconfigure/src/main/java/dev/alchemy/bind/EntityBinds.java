package dev.alchemy.bind;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.alchemy.Bind;

/**
 * Decides which bind an entity class belongs to: {@link Bind @Bind} on the class or a
 * superclass, else {@code @Bind} on its package, else a bind whose configured
 * {@code packages} hold it, else the default bind.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
public final class EntityBinds {

	private final List<Map.Entry<String, String>> packagePrefixes;

	/**
	 * Create a resolver.
	 * @param packagesByBind the packages configured for each bind
	 * ({@code sqlalchemy.binds.<key>.packages})
	 */
	public EntityBinds(Map<String, ? extends Collection<String>> packagesByBind) {
		List<Map.Entry<String, String>> prefixes = new ArrayList<>();
		packagesByBind.forEach((key, packages) -> packages.forEach((name) -> prefixes.add(Map.entry(name, key))));
		// The most specific package wins when configured packages nest.
		prefixes.sort(Comparator.comparingInt((Map.Entry<String, String> entry) -> entry.getKey().length()).reversed());
		this.packagePrefixes = List.copyOf(prefixes);
	}

	/**
	 * Return the key of the bind the class belongs to.
	 * @param type an entity class
	 * @return its bind key, {@link BindRegistry#DEFAULT} for the default bind
	 */
	public String bindOf(Class<?> type) {
		return placementOf(type).key();
	}

	/**
	 * Return the key of the bind the class belongs to, and what put it there.
	 * @param type an entity class
	 * @return the placement
	 */
	public Placement placementOf(Class<?> type) {
		for (Class<?> candidate = type; candidate != null; candidate = candidate.getSuperclass()) {
			Bind onClass = candidate.getDeclaredAnnotation(Bind.class);
			if (onClass != null) {
				return new Placement(onClass.value(), "@Bind on " + candidate.getName());
			}
		}
		for (Class<?> candidate = type; candidate != null && candidate != Object.class; candidate = candidate
			.getSuperclass()) {
			Bind onPackage = candidate.getPackage().getAnnotation(Bind.class);
			if (onPackage != null) {
				return new Placement(onPackage.value(), "@Bind on package " + candidate.getPackageName());
			}
		}
		String className = type.getName();
		for (Map.Entry<String, String> prefix : this.packagePrefixes) {
			if (className.startsWith(prefix.getKey() + ".")) {
				return new Placement(prefix.getValue(),
						"sqlalchemy.binds." + prefix.getValue() + ".packages=" + prefix.getKey());
			}
		}
		return new Placement(BindRegistry.DEFAULT, "no @Bind");
	}

	/**
	 * Group entity classes by bind, checking that every bind they name is configured.
	 * @param entityTypes the entity classes
	 * @param configuredKeys the configured binds, {@link BindRegistry#DEFAULT} included when
	 * the application has a default database
	 * @return the entity classes of each bind, by bind key
	 * @throws UnknownBindException when an entity names a bind that is not configured
	 */
	public Map<String, List<Class<?>>> group(Collection<Class<?>> entityTypes, Set<String> configuredKeys) {
		Map<String, List<Class<?>>> grouped = new LinkedHashMap<>();
		configuredKeys.forEach((key) -> grouped.put(key, new ArrayList<>()));
		for (Class<?> type : entityTypes) {
			Placement placement = placementOf(type);
			List<Class<?>> entities = grouped.get(placement.key());
			if (entities == null) {
				throw new UnknownBindException(type, placement.key(), placement.reason(), configuredKeys);
			}
			entities.add(type);
		}
		return grouped;
	}

	/**
	 * Where an entity belongs and why.
	 *
	 * @param key the bind key
	 * @param reason what put it there, for error messages
	 */
	public record Placement(String key, String reason) {

	}

}
