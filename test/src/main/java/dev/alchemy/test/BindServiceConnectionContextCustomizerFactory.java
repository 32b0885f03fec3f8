package dev.alchemy.test;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/**
 * Registers the connection details of the
 * {@link BindServiceConnection @BindServiceConnection} fields of a test class.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
class BindServiceConnectionContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		Map<String, Field> fields = BindServiceConnections.find(testClass);
		return fields.isEmpty() ? null : new BindServiceConnectionContextCustomizer(fields);
	}

}
