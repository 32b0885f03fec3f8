package dev.alchemy.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.cfg.AvailableSettings;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.hibernate.SpringImplicitNamingStrategy;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.config.JpaRepositoryConfigExtension;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactoryBean;
import org.springframework.transaction.PlatformTransactionManager;

import dev.alchemy.Db;
import dev.alchemy.bind.BindRegistry;
import dev.alchemy.bind.BoundDatabase;
import dev.alchemy.model.AlchemyImplicitNamingStrategy;
import dev.alchemy.model.CheckFirstSchemaFilterProvider;
import dev.alchemy.pagination.Paginator;
import dev.alchemy.recordqueries.QueryRecorder;

/**
 * Auto-configuration of Alchemy's JPA side: Flask-SQLAlchemy's table names, Hibernate
 * defaults that are better than the stock ones, the {@link BindRegistry} and {@link Db}.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
@AutoConfiguration(after = { HibernateJpaAutoConfiguration.class, AlchemyBindsAutoConfiguration.class },
		afterName = "org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration")
@ConditionalOnClass({ EntityManagerFactory.class, HibernatePropertiesCustomizer.class })
@ConditionalOnBooleanProperty(name = "sqlalchemy.enabled", matchIfMissing = true)
public final class AlchemyJpaAutoConfiguration {

	/**
	 * Statements per JDBC batch. Hibernate's own default is no batching at all.
	 */
	static final int BATCH_SIZE = 50;

	@Bean
	HibernatePropertiesCustomizer alchemyHibernatePropertiesCustomizer() {
		return AlchemyJpaAutoConfiguration::applyDefaults;
	}

	/**
	 * Alchemy's Hibernate defaults. Each is set only when the application has not set it,
	 * through {@code spring.jpa.properties.*} or {@code spring.jpa.hibernate.naming.*}.
	 */
	static void applyDefaults(Map<String, Object> properties) {
		properties.putIfAbsent(AvailableSettings.STATEMENT_BATCH_SIZE, BATCH_SIZE);
		properties.putIfAbsent(AvailableSettings.ORDER_INSERTS, true);
		properties.putIfAbsent(AvailableSettings.ORDER_UPDATES, true);
		// "user" is the quickstart's table and a reserved word on PostgreSQL.
		properties.putIfAbsent(AvailableSettings.KEYWORD_AUTO_QUOTING_ENABLED, true);
		properties.putIfAbsent(AvailableSettings.HBM2DDL_FILTER_PROVIDER, new CheckFirstSchemaFilterProvider());
		// Boot writes its own strategy's name when nothing was configured: only then is it ours to replace.
		if (SpringImplicitNamingStrategy.class.getName()
			.equals(properties.get(AvailableSettings.IMPLICIT_NAMING_STRATEGY))) {
			properties.put(AvailableSettings.IMPLICIT_NAMING_STRATEGY, new AlchemyImplicitNamingStrategy());
		}
	}

	/**
	 * Every bind: the default database (Spring Boot's primary beans) when there is one,
	 * then the binds of {@code sqlalchemy.binds}.
	 */
	@Bean
	@ConditionalOnMissingBean
	@Conditional(DefaultDatabaseOrBindsCondition.class)
	BindRegistry alchemyBindRegistry(ListableBeanFactory beanFactory, Environment environment,
			ObjectProvider<DataSource> dataSource, ObjectProvider<EntityManagerFactory> entityManagerFactory,
			ObjectProvider<PlatformTransactionManager> transactionManager) {
		List<BoundDatabase> binds = new ArrayList<>();
		EntityManagerFactory defaultFactory = entityManagerFactory.getIfUnique();
		if (defaultFactory != null) {
			PlatformTransactionManager defaultTransactionManager = beanFactory
				.containsBean(BindBeanRegistrar.DEFAULT_TRANSACTION_MANAGER)
						? beanFactory.getBean(BindBeanRegistrar.DEFAULT_TRANSACTION_MANAGER,
								PlatformTransactionManager.class)
						: transactionManager.getObject();
			binds.add(new BoundDatabase(BindRegistry.DEFAULT, dataSource.getObject(), defaultFactory,
					defaultTransactionManager));
		}
		for (String key : ConfiguredBinds.keys(environment)) {
			binds.add(new BoundDatabase(key, beanFactory.getBean(BindBean.DATA_SOURCE.name(key), DataSource.class),
					beanFactory.getBean(BindBean.ENTITY_MANAGER_FACTORY.name(key), EntityManagerFactory.class),
					beanFactory.getBean(BindBean.TRANSACTION_MANAGER.name(key), PlatformTransactionManager.class)));
		}
		return new BindRegistry(binds);
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean(BindRegistry.class)
	Db db(BindRegistry binds, Paginator paginator, ObjectProvider<QueryRecorder> queryRecorder) {
		return new Db(binds, paginator, queryRecorder.getIfAvailable());
	}

	/**
	 * How {@code db.paginate(...)} and controllers' {@code PageRequest} parameters read
	 * pages, from {@code sqlalchemy.pagination}.
	 */
	@Bean
	@ConditionalOnMissingBean
	Paginator alchemyPaginator(ObjectProvider<AlchemyProperties> properties) {
		AlchemyProperties.Pagination pagination = properties.getIfAvailable(AlchemyProperties::new).getPagination();
		return new Paginator(pagination.toPageDefaults(), pagination.getPageParameter(),
				pagination.getPerPageParameter(), pagination.getCursorParameter());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(JpaRepositoryFactoryBean.class)
	static class BindRepositoriesConfiguration {

		@Bean
		static BindRepositoriesPostProcessor alchemyBindRepositoriesPostProcessor(Environment environment) {
			return new BindRepositoriesPostProcessor(environment);
		}

	}

	/**
	 * Spring Boot registers repositories only when there is a default database: with binds
	 * alone, Alchemy does, the same way.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(JpaRepository.class)
	@ConditionalOnMissingBean({ DataSource.class, JpaRepositoryFactoryBean.class, JpaRepositoryConfigExtension.class })
	@ConditionalOnBooleanProperty(name = "spring.data.jpa.repositories.enabled", matchIfMissing = true)
	@Conditional(BindsOnlyCondition.class)
	@Import(BindsOnlyRepositoriesRegistrar.class)
	static class BindsOnlyRepositoriesConfiguration {

	}

	static class DefaultDatabaseOrBindsCondition extends AnyNestedCondition {

		DefaultDatabaseOrBindsCondition() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@ConditionalOnSingleCandidate(EntityManagerFactory.class)
		static class DefaultDatabase {

		}

		@Conditional(AlchemyBindsAutoConfiguration.BindsConfiguredCondition.class)
		static class Binds {

		}

	}

	static class BindsOnlyCondition extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return ConfiguredBinds.isBindsOnly(context.getEnvironment(), context.getBeanFactory())
					? ConditionOutcome.match("binds and no default database")
					: ConditionOutcome.noMatch("a default database, or no binds");
		}

	}

}
