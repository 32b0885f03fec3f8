package dev.alchemy.test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Finds the fields of a test class (its superclasses and, for nested tests, its enclosing
 * classes) that declare database connections.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
final class BindServiceConnections {

	private static final String SERVICE_CONNECTION = "org.springframework.boot.testcontainers.service.connection.ServiceConnection";

	private static final String JDBC_DATABASE_CONTAINER = "org.testcontainers.containers.JdbcDatabaseContainer";

	private BindServiceConnections() {
	}

	/**
	 * The fields annotated with {@link BindServiceConnection @BindServiceConnection}, by
	 * bind key.
	 * @throws IllegalStateException for a field that is not static, or two fields for one
	 * bind
	 */
	static Map<String, Field> find(Class<?> testClass) {
		Map<String, Field> fields = new LinkedHashMap<>();
		for (Class<?> type = testClass; type != null; type = enclosing(type)) {
			ReflectionUtils.doWithFields(type, (field) -> {
				BindServiceConnection annotation = field.getAnnotation(BindServiceConnection.class);
				if (!Modifier.isStatic(field.getModifiers())) {
					throw new IllegalStateException("@BindServiceConnection field " + field
							+ " must be static: the container outlives the test instance");
				}
				Field other = fields.putIfAbsent(annotation.value(), field);
				if (other != null && !other.equals(field)) {
					throw new IllegalStateException("Bind '" + annotation.value() + "' has two @BindServiceConnection "
							+ "fields: " + other + " and " + field);
				}
			}, (field) -> field.isAnnotationPresent(BindServiceConnection.class));
		}
		return fields;
	}

	/**
	 * Whether a field declares Spring Boot's {@code @ServiceConnection} on a database
	 * container: then that container, not a test database, is the default database.
	 */
	static boolean hasDefaultServiceConnection(Class<?> testClass) {
		for (Class<?> type = testClass; type != null; type = enclosing(type)) {
			boolean[] found = { false };
			ReflectionUtils.doWithFields(type, (field) -> found[0] = true,
					(field) -> MergedAnnotations.from(field).isPresent(SERVICE_CONNECTION)
							&& isDatabaseContainer(field.getType()));
			if (found[0]) {
				return true;
			}
		}
		return false;
	}

	private static boolean isDatabaseContainer(Class<?> type) {
		for (Class<?> candidate = type; candidate != null; candidate = candidate.getSuperclass()) {
			if (JDBC_DATABASE_CONTAINER.equals(candidate.getName())) {
				return true;
			}
		}
		return false;
	}

	private static @Nullable Class<?> enclosing(Class<?> type) {
		return TestContextAnnotationUtils.searchEnclosingClass(type) ? type.getEnclosingClass() : null;
	}

}
