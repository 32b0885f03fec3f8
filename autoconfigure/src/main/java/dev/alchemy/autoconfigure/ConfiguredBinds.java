package dev.alchemy.autoconfigure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.core.convert.converter.Converter;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

import dev.alchemy.bind.BindRegistry;

/**
 * The binds of {@code sqlalchemy.binds}, read from the environment before any bean
 * exists, because they decide which beans are registered.
 */
final class ConfiguredBinds {

	static final String PREFIX = "sqlalchemy.binds";

	private ConfiguredBinds() {
	}

	/**
	 * Read and check the configured binds.
	 * @param environment the environment
	 * @return the binds by key, in configuration order
	 * @throws InvalidBindException when a bind cannot be used
	 */
	static Map<String, BindProperties> read(Environment environment) {
		ApplicationConversionService conversionService = new ApplicationConversionService();
		conversionService.addConverter(new UriToBindPropertiesConverter());
		Binder binder = new Binder(ConfigurationPropertySources.get(environment),
				new PropertySourcesPlaceholdersResolver(environment), conversionService);
		Map<String, BindProperties> binds = binder
			.bind(PREFIX, Bindable.mapOf(String.class, BindProperties.class))
			.orElseGet(Collections::emptyMap);
		binds.forEach(ConfiguredBinds::check);
		return Collections.unmodifiableMap(new LinkedHashMap<>(binds));
	}

	private static void check(String key, BindProperties bind) {
		if (BindRegistry.DEFAULT.equals(key)) {
			throw new InvalidBindException(PREFIX + "." + key,
					"'" + key + "' is the name of the default database, not of a bind",
					"Set the default database with 'sqlalchemy.database-uri' and give the bind another key.");
		}
		if (!StringUtils.hasText(bind.getUri())) {
			throw new InvalidBindException(PREFIX + "." + key + ".uri", "Bind '" + key + "' has no URI",
					"Set '" + PREFIX + "." + key + "' to the database's URI (for example "
							+ "mariadb://app:secret@localhost/users), or '" + PREFIX + "." + key
							+ ".uri' when the bind has options of its own.");
		}
	}

	/**
	 * The keys of the configured binds, without checking the binds.
	 */
	static Set<String> keys(Environment environment) {
		return Binder.get(environment)
			.bind(PREFIX, Bindable.mapOf(String.class, Object.class))
			.map(Map::keySet)
			.orElseGet(Collections::emptySet);
	}

	/**
	 * Whether the application has binds and no default database.
	 */
	static boolean isBindsOnly(Environment environment) {
		return isBindsOnly(environment, null);
	}

	/**
	 * Whether the application has binds and no default database, neither in its
	 * properties nor as connection details already defined in the bean factory (a
	 * Testcontainers {@code @ServiceConnection} field of a test class is defined before
	 * auto-configuration is chosen).
	 */
	static boolean isBindsOnly(Environment environment, @Nullable BeanFactory beanFactory) {
		return !keys(environment).isEmpty() && !hasDefaultDatabaseProperty(environment)
				&& !hasDefaultConnectionDetails(beanFactory);
	}

	private static boolean hasDefaultConnectionDetails(@Nullable BeanFactory beanFactory) {
		if (!(beanFactory instanceof ConfigurableListableBeanFactory listable)) {
			return false;
		}
		for (String name : listable.getBeanNamesForType(JdbcConnectionDetails.class, true, false)) {
			if (!listable.containsBeanDefinition(name)) {
				return true;
			}
			// A bind's own connection details are no candidate for the default database.
			BeanDefinition definition = listable.getBeanDefinition(name);
			boolean defaultCandidate = !(definition instanceof AbstractBeanDefinition abstractDefinition)
					|| abstractDefinition.isDefaultCandidate();
			if (definition.isAutowireCandidate() && defaultCandidate) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the application has a default database: Alchemy's URI or Spring Boot's own
	 * {@code spring.datasource} settings.
	 */
	static boolean hasDefaultDatabaseProperty(Environment environment) {
		return DatabaseUriProperty.find(environment) != null
				|| StringUtils.hasText(environment.getProperty("spring.datasource.url"))
				|| StringUtils.hasText(environment.getProperty("spring.datasource.jndi-name"));
	}

	/**
	 * The property that holds a bind's URI, for error messages.
	 */
	static String uriProperty(String key, BindProperties bind) {
		return PREFIX + "." + key + (bind.isWrittenAsUri() ? "" : ".uri");
	}

	/**
	 * Reads {@code sqlalchemy.binds.auth: mariadb://...}: a bind written as its URI alone.
	 */
	static final class UriToBindPropertiesConverter implements Converter<String, BindProperties> {

		@Override
		public BindProperties convert(String uri) {
			BindProperties bind = new BindProperties();
			bind.setUri(uri);
			bind.markWrittenAsUri();
			return bind;
		}

	}

}
