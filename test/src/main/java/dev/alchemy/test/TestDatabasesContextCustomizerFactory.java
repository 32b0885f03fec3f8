package dev.alchemy.test;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Gives tests with {@link AutoConfigureTestDatabases @AutoConfigureTestDatabases} (and so
 * {@link AlchemyTest @AlchemyTest}) their test databases.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
class TestDatabasesContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		if (!TestContextAnnotationUtils.hasAnnotation(testClass, AutoConfigureTestDatabases.class)) {
			return null;
		}
		Set<String> bindsWithContainers = BindServiceConnections.find(testClass).keySet();
		return new TestDatabasesContextCustomizer(bindsWithContainers,
				BindServiceConnections.hasDefaultServiceConnection(testClass));
	}

}
