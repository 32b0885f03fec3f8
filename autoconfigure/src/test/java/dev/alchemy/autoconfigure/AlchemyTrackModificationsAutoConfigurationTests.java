package dev.alchemy.autoconfigure;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizationAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.JpaTransactionManager;

import dev.alchemy.autoconfigure.fixtures.User;
import dev.alchemy.trackmodifications.ModificationTracker;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AlchemyTrackModificationsAutoConfiguration}.
 */
class AlchemyTrackModificationsAutoConfigurationTests {

	private static final List<EventType<?>> TRACKED = List.of(EventType.POST_INSERT, EventType.POST_UPDATE,
			EventType.POST_DELETE);

	@TempDir
	Path instance;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(AlchemyAutoConfiguration.class, AlchemyBindsAutoConfiguration.class,
				AlchemyJpaAutoConfiguration.class, AlchemyTrackModificationsAutoConfiguration.class,
				DataSourceAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
				TransactionManagerCustomizationAutoConfiguration.class, TransactionAutoConfiguration.class))
		.withUserConfiguration(EntitiesConfiguration.class);

	private ApplicationContextRunner sqlite() {
		return this.contextRunner.withPropertyValues("sqlalchemy.database-uri=sqlite:///app.db",
				"sqlalchemy.instance-path=" + this.instance);
	}

	@Test
	void registersNothingByDefault() {
		sqlite().run((context) -> {
			assertThat(context).hasNotFailed().doesNotHaveBean(ModificationTracker.class);
			assertThat(trackingListeners(context)).isEmpty();
			assertThat(context.getBean(JpaTransactionManager.class).getTransactionExecutionListeners()).isEmpty();
		});
	}

	@Test
	void registersNothingWhenSwitchedOff() {
		sqlite().withPropertyValues("sqlalchemy.track-modifications=false").run((context) -> {
			assertThat(context).hasNotFailed().doesNotHaveBean(ModificationTracker.class);
			assertThat(trackingListeners(context)).isEmpty();
		});
	}

	@Test
	void listensToHibernateAndToTheTransactionManagerWhenSwitchedOn() {
		sqlite().withPropertyValues("sqlalchemy.track-modifications=true").run((context) -> {
			assertThat(context).hasSingleBean(ModificationTracker.class);
			assertThat(trackingListeners(context)).hasSize(TRACKED.size());
			assertThat(context.getBean(JpaTransactionManager.class).getTransactionExecutionListeners())
				.containsExactly(context.getBean(ModificationTracker.class));
		});
	}

	@Test
	void keepsTheIntegratorsOfAConfiguredIntegratorProvider() {
		RecordingIntegratorProvider.integrated = false;
		sqlite()
			.withPropertyValues("sqlalchemy.track-modifications=true",
					"spring.jpa.properties.hibernate.integrator_provider="
							+ RecordingIntegratorProvider.class.getName())
			.run((context) -> {
				assertThat(trackingListeners(context)).hasSize(TRACKED.size());
				assertThat(RecordingIntegratorProvider.integrated).isTrue();
			});
	}

	private static List<Object> trackingListeners(AssertableApplicationContext context) {
		EventListenerRegistry registry = context.getBean(EntityManagerFactory.class)
			.unwrap(SessionFactoryImplementor.class)
			.getEventListenerRegistry();
		return TRACKED.stream()
			.flatMap((type) -> StreamSupport.stream(registry.getEventListenerGroup(type).listeners().spliterator(),
					false))
			.<Object>map(Object.class::cast)
			.filter((listener) -> listener.getClass().getName().startsWith("dev.alchemy.trackmodifications."))
			.toList();
	}

	@Configuration(proxyBeanMethods = false)
	@EntityScan(basePackageClasses = User.class)
	static class EntitiesConfiguration {

	}

	public static class RecordingIntegratorProvider implements IntegratorProvider {

		static volatile boolean integrated;

		@Override
		public List<Integrator> getIntegrators() {
			return List.of(new Integrator() {

				@Override
				public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
						SessionFactoryImplementor sessionFactory) {
					integrated = true;
				}

			});
		}

	}

}
