package dev.alchemy.autoconfigure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.persistence.autoconfigure.EntityScanPackages;
import org.springframework.core.io.ResourceLoader;
import org.springframework.orm.jpa.persistenceunit.ManagedClassNameFilter;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypesScanner;
import org.springframework.util.ClassUtils;

import dev.alchemy.bind.EntityBinds;

/**
 * The entities of the application, scanned once where Spring Boot would scan them (plus
 * the packages configured for binds) and split by bind, so that every bind's entity
 * manager factory holds exactly its own entities.
 */
final class BindManagedTypes {

	private final Map<String, List<Class<?>>> entitiesByBind;

	private final List<String> managedPackages;

	private BindManagedTypes(Map<String, List<Class<?>>> entitiesByBind, List<String> managedPackages) {
		this.entitiesByBind = entitiesByBind;
		this.managedPackages = managedPackages;
	}

	/**
	 * Scan and split.
	 * @throws dev.alchemy.bind.UnknownBindException when an entity belongs to a bind that
	 * is not configured
	 */
	static BindManagedTypes scan(BeanFactory beanFactory, ResourceLoader resourceLoader,
			@Nullable ManagedClassNameFilter filter, Map<String, BindProperties> binds, Set<String> configuredKeys) {
		Set<String> packages = new LinkedHashSet<>(EntityScanPackages.get(beanFactory).getPackageNames());
		if (packages.isEmpty() && AutoConfigurationPackages.has(beanFactory)) {
			packages.addAll(AutoConfigurationPackages.get(beanFactory));
		}
		binds.values().forEach((bind) -> packages.addAll(bind.getPackages()));
		PersistenceManagedTypes scanned = new PersistenceManagedTypesScanner(resourceLoader, filter)
			.scan(packages.toArray(String[]::new));
		List<Class<?>> entities = new ArrayList<>();
		for (String className : scanned.getManagedClassNames()) {
			entities.add(ClassUtils.resolveClassName(className, resourceLoader.getClassLoader()));
		}
		Map<String, List<String>> packagesByBind = new LinkedHashMap<>();
		binds.forEach((key, bind) -> packagesByBind.put(key, bind.getPackages()));
		EntityBinds entityBinds = new EntityBinds(packagesByBind);
		return new BindManagedTypes(entityBinds.group(entities, configuredKeys), scanned.getManagedPackages());
	}

	/**
	 * The managed types of one bind's persistence unit.
	 */
	PersistenceManagedTypes forBind(String key) {
		List<String> classNames = this.entitiesByBind.getOrDefault(key, List.of())
			.stream()
			.map(Class::getName)
			.toList();
		return PersistenceManagedTypes.of(classNames, this.managedPackages);
	}

}
