package dev.alchemy.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternUtils;

/**
 * Flyway for the binds: each bind migrates from its own locations,
 * {@code classpath:db/migration/<key>} unless configured otherwise. Spring Boot's
 * dependency detection makes every entity manager factory wait for every migration.
 */
final class BindMigrations {

	private BindMigrations() {
	}

	static List<String> locations(String key, BindProperties bind) {
		List<String> configured = bind.getFlyway().getLocations();
		return (configured != null && !configured.isEmpty()) ? configured : List.of("classpath:db/migration/" + key);
	}

	/**
	 * Whether any of the locations holds a file. A bind without migrations gets no Flyway,
	 * and so no schema history table in its database.
	 */
	static boolean exist(List<String> locations, ResourceLoader resourceLoader) {
		ResourcePatternResolver resolver = ResourcePatternUtils.getResourcePatternResolver(resourceLoader);
		try {
			for (String location : locations) {
				for (var resource : resolver.getResources(pattern(location))) {
					if (resource.isReadable()) {
						return true;
					}
				}
			}
			return false;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not look for migrations in " + locations, ex);
		}
	}

	private static String pattern(String location) {
		String path = location;
		if (path.startsWith("classpath:")) {
			path = "classpath*:" + path.substring("classpath:".length());
		}
		else if (path.startsWith("filesystem:")) {
			path = "file:" + path.substring("filesystem:".length());
		}
		else if (!path.contains(":")) {
			path = "classpath*:" + path;
		}
		return (path.endsWith("/") ? path : path + "/") + "**/*";
	}

	/**
	 * The Flyway beans; a class of its own so that nothing loads Flyway where it is absent.
	 */
	static final class Beans {

		private Beans() {
		}

		static void register(BeanDefinitionRegistry registry, String key, List<String> locations,
				@Nullable ClassLoader classLoader) {
			BeanFactory beanFactory = (BeanFactory) registry;
			String flywayName = BindBean.FLYWAY.name(key);
			BindBeanRegistrar.register(registry, flywayName, key, Flyway.class,
					() -> Flyway.configure(classLoader)
						.dataSource(beanFactory.getBean(BindBean.DATA_SOURCE.name(key), DataSource.class))
						.locations(locations.toArray(String[]::new))
						.load());
			RootBeanDefinition initializer = BindBeanRegistrar.register(registry, BindBean.FLYWAY_MIGRATION_INITIALIZER.name(key),
					key, FlywayMigrationInitializer.class,
					() -> new FlywayMigrationInitializer(beanFactory.getBean(flywayName, Flyway.class)));
			if (initializer != null) {
				initializer.setDependsOn(flywayName);
			}
		}

	}

}
