package dev.alchemy.autoconfigure;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.AutowireCandidateQualifier;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.beans.factory.config.RuntimeBeanReference;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.ResourceLoaderAware;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.util.ClassUtils;

import dev.alchemy.Bind;
import dev.alchemy.bind.BindRegistry;

/**
 * Registers the beans of every bind of {@code sqlalchemy.binds}: {@code <key>DataSource},
 * {@code <key>EntityManagerFactory}, {@code <key>EntityManager},
 * {@code <key>TransactionManager} and, where the bind has migrations, {@code <key>Flyway}.
 * None is a default candidate, so none competes with the default database's beans for
 * plain injection: inject them with {@code @Bind("<key>")} or by name. A bean the application
 * defines under one of these names is used instead of Alchemy's.
 */
final class BindBeanRegistrar implements ImportBeanDefinitionRegistrar, EnvironmentAware, ResourceLoaderAware,
		BeanFactoryAware {

	/** The default bind's own transaction manager, when a cross-bind one is primary. */
	static final String DEFAULT_TRANSACTION_MANAGER = BindBean.TRANSACTION_MANAGER.name(BindRegistry.DEFAULT);

	private static final String FLYWAY_INITIALIZER = "org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer";

	@SuppressWarnings("NullAway.Init")
	private Environment environment;

	@SuppressWarnings("NullAway.Init")
	private ResourceLoader resourceLoader;

	@SuppressWarnings("NullAway.Init")
	private BeanFactory beanFactory;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void setResourceLoader(ResourceLoader resourceLoader) {
		this.resourceLoader = resourceLoader;
	}

	@Override
	public void setBeanFactory(BeanFactory beanFactory) {
		this.beanFactory = beanFactory;
	}

	@Override
	public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
		Map<String, BindProperties> binds = ConfiguredBinds.read(this.environment);
		boolean flyway = ClassUtils.isPresent(FLYWAY_INITIALIZER, this.resourceLoader.getClassLoader())
				&& this.environment.getProperty("spring.flyway.enabled", Boolean.class, true);
		binds.forEach((key, bind) -> {
			String dataSource = BindBean.DATA_SOURCE.name(key);
			String entityManagerFactory = BindBean.ENTITY_MANAGER_FACTORY.name(key);
			register(registry, dataSource, key, DataSource.class, () -> beans().dataSource(key, bind));
			RootBeanDefinition factoryDefinition = register(registry, entityManagerFactory, key,
					LocalContainerEntityManagerFactoryBean.class,
					() -> beans().entityManagerFactory(key, this.beanFactory.getBean(dataSource, DataSource.class)));
			if (factoryDefinition != null) {
				factoryDefinition.setDependsOn(dataSource);
			}
			registerSharedEntityManager(registry, key);
			register(registry, BindBean.TRANSACTION_MANAGER.name(key), key, JpaTransactionManager.class, () -> beans()
				.transactionManager(this.beanFactory.getBean(entityManagerFactory, EntityManagerFactory.class)));
			if (flyway && bind.getFlyway().isEnabled()) {
				List<String> locations = BindMigrations.locations(key, bind);
				if (BindMigrations.exist(locations, this.resourceLoader)) {
					BindMigrations.Beans.register(registry, key, locations, this.resourceLoader.getClassLoader());
				}
			}
		});
		if (!binds.isEmpty()) {
			// Whatever supplies the default database (a URI, spring.datasource, a DataSource
			// bean, a Testcontainers connection), its own transactions need a manager of their
			// own once the primary one spans every bind. Binds-only applications never ask, so it
			// is created on demand.
			RootBeanDefinition defaultTransactionManager = register(registry, DEFAULT_TRANSACTION_MANAGER,
					BindRegistry.DEFAULT, JpaTransactionManager.class,
					() -> beans().transactionManager(this.beanFactory.getBean(EntityManagerFactory.class)));
			if (defaultTransactionManager != null) {
				defaultTransactionManager.setLazyInit(true);
			}
		}
	}

	private BindBeans beans() {
		return this.beanFactory.getBean(BindBeans.class);
	}

	private void registerSharedEntityManager(BeanDefinitionRegistry registry, String key) {
		String name = BindBean.ENTITY_MANAGER.name(key);
		if (registry.containsBeanDefinition(name)) {
			return;
		}
		RootBeanDefinition definition = new RootBeanDefinition(SharedEntityManagerCreator.class);
		definition.setTargetType(EntityManager.class);
		definition.setFactoryMethodName("createSharedEntityManager");
		definition.getConstructorArgumentValues()
			.addIndexedArgumentValue(0, new RuntimeBeanReference(BindBean.ENTITY_MANAGER_FACTORY.name(key)));
		definition.setLazyInit(true);
		registry.registerBeanDefinition(name, qualify(definition, key));
	}

	/**
	 * Register a bind's bean unless the application defines one of that name.
	 * @return the definition, or {@code null} when the application's own is used
	 */
	static <T> @Nullable RootBeanDefinition register(BeanDefinitionRegistry registry, String name, String key, Class<T> type,
			Supplier<T> supplier) {
		if (registry.containsBeanDefinition(name)) {
			return null;
		}
		RootBeanDefinition definition = new RootBeanDefinition(type, supplier);
		definition.setDestroyMethodName(AbstractBeanDefinition.INFER_METHOD);
		registry.registerBeanDefinition(name, qualify(definition, key));
		return definition;
	}

	static RootBeanDefinition qualify(RootBeanDefinition definition, String key) {
		definition.setDefaultCandidate(false);
		definition.addQualifier(new AutowireCandidateQualifier(Bind.class, key));
		return definition;
	}

}
