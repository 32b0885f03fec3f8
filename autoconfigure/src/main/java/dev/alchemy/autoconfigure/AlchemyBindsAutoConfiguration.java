package dev.alchemy.autoconfigure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;
import org.springframework.boot.jpa.autoconfigure.JpaProperties;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Role;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.orm.jpa.persistenceunit.ManagedClassNameFilter;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionManager;

import dev.alchemy.bind.BindRegistry;
import dev.alchemy.session.CrossBindTransactionManager;

/**
 * Auto-configuration of the binds of {@code sqlalchemy.binds}: a pool, an entity manager
 * factory, a transaction manager and migrations for each, entities split between the
 * default database and the binds by {@link dev.alchemy.Bind @Bind}, and a transaction
 * manager whose transactions span every bind.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
@AutoConfiguration(after = { AlchemyAutoConfiguration.class, DataSourceAutoConfiguration.class },
		before = { HibernateJpaAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
				TransactionAutoConfiguration.class })
@ConditionalOnClass({ LocalContainerEntityManagerFactoryBean.class, EntityManagerFactory.class,
		HibernatePropertiesCustomizer.class })
@ConditionalOnBooleanProperty(name = "sqlalchemy.enabled", matchIfMissing = true)
@EnableConfigurationProperties({ AlchemyProperties.class, JpaProperties.class, HibernateProperties.class })
@Import({ BindBeanRegistrar.class, BindBeans.class, DatabaseInitializationDependencyConfigurer.class })
public final class AlchemyBindsAutoConfiguration {

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static SqliteDialectPostProcessor alchemySqliteDialectPostProcessor(ResourceLoader resourceLoader) {
		return new SqliteDialectPostProcessor(resourceLoader.getClassLoader());
	}

	@Bean
	BindManagedTypes alchemyBindManagedTypes(BeanFactory beanFactory, ResourceLoader resourceLoader,
			Environment environment, ObjectProvider<ManagedClassNameFilter> managedClassNameFilter,
			ObjectProvider<DataSource> defaultDataSource) {
		Map<String, BindProperties> binds = ConfiguredBinds.read(environment);
		Set<String> configuredKeys = new LinkedHashSet<>();
		if (defaultDataSource.getIfUnique() != null) {
			configuredKeys.add(BindRegistry.DEFAULT);
		}
		configuredKeys.addAll(binds.keySet());
		return BindManagedTypes.scan(beanFactory, resourceLoader, managedClassNameFilter.getIfAvailable(), binds,
				configuredKeys);
	}

	/**
	 * The default database's entities: those of no bind. Spring Boot builds the default
	 * entity manager factory from it.
	 */
	@Bean
	@Primary
	@ConditionalOnMissingBean
	PersistenceManagedTypes persistenceManagedTypes(BindManagedTypes managedTypes) {
		return managedTypes.forBind(BindRegistry.DEFAULT);
	}

	/**
	 * With binds, the application's transaction manager spans all of them, so that a
	 * {@code @Transactional} method commits or rolls back the work of every bind.
	 */
	@Bean
	@ConditionalOnMissingBean(TransactionManager.class)
	@Conditional(BindsConfiguredCondition.class)
	PlatformTransactionManager transactionManager(ObjectProvider<BindRegistry> binds) {
		return new CrossBindTransactionManager(() -> binds.getObject().all());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(FlywayConfigurationCustomizer.class)
	@Conditional(BindsConfiguredCondition.class)
	static class DefaultMigrationsConfiguration {

		/**
		 * Flyway scans locations recursively: without this, the default database would run
		 * the migrations of {@code db/migration/<key>} too.
		 */
		@Bean
		FlywayConfigurationCustomizer alchemyBindMigrationsExclusion(Environment environment) {
			List<String> bindLocations = new ArrayList<>();
			ConfiguredBinds.read(environment)
				.forEach((key, bind) -> bindLocations.addAll(BindMigrations.locations(key, bind)));
			return ExcludingMigrationResources.excluding(bindLocations);
		}

	}

	/**
	 * Spring Boot contributes database health only when there is a default database: with
	 * binds alone, Alchemy does, one component per bind as Boot names them.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "org.springframework.boot.jdbc.health.DataSourceHealthIndicator")
	@ConditionalOnEnabledHealthIndicator("db")
	@ConditionalOnMissingBean(DataSource.class)
	@Conditional(AlchemyJpaAutoConfiguration.BindsOnlyCondition.class)
	static class BindsOnlyHealthConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = "dbHealthContributor")
		HealthContributor dbHealthContributor(ListableBeanFactory beanFactory, Environment environment) {
			Map<String, HealthContributor> contributors = new LinkedHashMap<>();
			for (String key : ConfiguredBinds.keys(environment)) {
				String name = BindBean.DATA_SOURCE.name(key);
				contributors.put(name, new DataSourceHealthIndicator(beanFactory.getBean(name, DataSource.class)));
			}
			return CompositeHealthContributor.fromMap(contributors);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = { "io.micrometer.core.instrument.binder.MeterBinder",
			"com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory" })
	@ConditionalOnMissingBean(DataSource.class)
	@Conditional(AlchemyJpaAutoConfiguration.BindsOnlyCondition.class)
	static class BindsOnlyMetricsConfiguration {

		@Bean
		BindPoolMetrics alchemyBindPoolMetrics(ListableBeanFactory beanFactory, Environment environment) {
			return new BindPoolMetrics(beanFactory, ConfiguredBinds.keys(environment));
		}

	}

	/**
	 * Matches when {@code sqlalchemy.binds} configures at least one bind.
	 */
	static class BindsConfiguredCondition extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			Set<String> keys = ConfiguredBinds.keys(context.getEnvironment());
			return keys.isEmpty() ? ConditionOutcome.noMatch("no sqlalchemy.binds")
					: ConditionOutcome.match("sqlalchemy.binds " + keys);
		}

	}

}
