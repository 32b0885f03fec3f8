package dev.alchemy.test;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.support.AutowireCandidateQualifier;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.util.Assert;
import org.springframework.util.ReflectionUtils;

import dev.alchemy.Bind;

/**
 * Registers a {@code <key>JdbcConnectionDetails} bean per
 * {@link BindServiceConnection @BindServiceConnection} field. The beans are no default
 * candidates and carry the bind's {@link Bind @Bind} qualifier, so they never stand in for
 * the default database's connection details.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
final class BindServiceConnectionContextCustomizer implements ContextCustomizer {

	static final String BEAN_NAME_SUFFIX = "JdbcConnectionDetails";

	private final Map<String, Field> fields;

	BindServiceConnectionContextCustomizer(Map<String, Field> fields) {
		this.fields = Map.copyOf(fields);
	}

	/**
	 * Registers the beans once the environment is complete (a bind may come from a
	 * {@code @DynamicPropertySource}) and before configuration classes are read.
	 */
	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
		Environment environment = context.getEnvironment();
		context.addBeanFactoryPostProcessor(new BeforeConfigurationClasses((registry) -> register(registry, environment)));
	}

	private void register(BeanDefinitionRegistry registry, Environment environment) {
		Set<String> configured = Binder.get(environment)
			.bind("sqlalchemy.binds", Bindable.mapOf(String.class, Object.class))
			.map(Map::keySet)
			.orElseGet(Set::of);
		this.fields.forEach((key, field) -> {
			if (!configured.contains(key)) {
				throw new IllegalStateException("@BindServiceConnection(\"" + key + "\") on " + field
						+ " names no configured bind: add sqlalchemy.binds." + key
						+ " to the application's configuration (the container replaces its URI in tests)");
			}
			RootBeanDefinition definition = new RootBeanDefinition(JdbcConnectionDetails.class,
					() -> BindConnectionDetails.of(key, read(field)));
			definition.setDefaultCandidate(false);
			definition.addQualifier(new AutowireCandidateQualifier(Bind.class, key));
			registry.registerBeanDefinition(key + BEAN_NAME_SUFFIX, definition);
		});
	}

	private static Object read(Field field) {
		ReflectionUtils.makeAccessible(field);
		Object value = ReflectionUtils.getField(field, null);
		Assert.state(value != null, () -> "@BindServiceConnection field " + field + " is null");
		return value;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof BindServiceConnectionContextCustomizer that && this.fields.equals(that.fields);
	}

	@Override
	public int hashCode() {
		return this.fields.hashCode();
	}

}
