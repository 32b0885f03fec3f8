package dev.alchemy.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.jpa.boot.spi.JpaSettings;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.BeanUtils;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.util.ClassUtils;

import dev.alchemy.trackmodifications.ModificationTracker;

/**
 * Auto-configuration of modification events ({@code sqlalchemy.track-modifications}):
 * Hibernate listeners on the entity manager factory of the default database and of every
 * bind, and a listener of every transaction manager Spring Boot customizes. When the
 * property is off, none of them exists.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
@AutoConfiguration
@ConditionalOnClass({ PostInsertEventListener.class, HibernatePropertiesCustomizer.class })
@ConditionalOnBooleanProperty(name = "sqlalchemy.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty("sqlalchemy.track-modifications")
public final class AlchemyTrackModificationsAutoConfiguration {

	/**
	 * The tracker, also a {@link org.springframework.transaction.TransactionExecutionListener}
	 * that Spring Boot adds to the transaction managers it creates, the binds' included.
	 */
	@Bean
	ModificationTracker alchemyModificationTracker(ApplicationEventPublisher publisher) {
		return new ModificationTracker(publisher);
	}

	/**
	 * Registers the tracker's Hibernate listeners. Spring Boot applies it to the default
	 * entity manager factory and Alchemy to each bind's. An integrator provider already
	 * set in {@code spring.jpa.properties} keeps its integrators.
	 */
	@Bean
	HibernatePropertiesCustomizer alchemyModificationTrackingHibernatePropertiesCustomizer(
			ModificationTracker tracker) {
		return (properties) -> properties.put(JpaSettings.INTEGRATOR_PROVIDER,
				integratorProvider(properties, tracker.integrator()));
	}

	private static IntegratorProvider integratorProvider(Map<String, Object> properties, Integrator integrator) {
		List<Integrator> integrators = new ArrayList<>(
				configuredIntegrators(properties.get(JpaSettings.INTEGRATOR_PROVIDER)));
		integrators.add(integrator);
		return () -> integrators;
	}

	private static List<Integrator> configuredIntegrators(@Nullable Object configured) {
		if (configured == null) {
			return List.of();
		}
		if (configured instanceof IntegratorProvider provider) {
			return provider.getIntegrators();
		}
		Class<?> type = (configured instanceof Class<?> configuredType) ? configuredType
				: ClassUtils.resolveClassName(configured.toString(), null);
		return BeanUtils.instantiateClass(type, IntegratorProvider.class).getIntegrators();
	}

}
