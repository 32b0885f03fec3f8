package dev.alchemy.autoconfigure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.MutablePropertyValues;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.ConstructorArgumentValues.ValueHolder;
import org.springframework.beans.factory.config.RuntimeBeanReference;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactoryBean;
import org.springframework.data.repository.core.support.AbstractRepositoryMetadata;
import org.springframework.util.ClassUtils;

import dev.alchemy.bind.BindRegistry;
import dev.alchemy.bind.EntityBinds;

/**
 * Points every Spring Data JPA repository at the bind of its entity: a repository of an
 * entity in bind {@code auth} uses {@code authEntityManager} and
 * {@code authTransactionManager}. Repositories configured explicitly (an
 * {@code entityManagerFactoryRef} or {@code transactionManagerRef} on
 * {@code @EnableJpaRepositories}) are left as they are.
 */
final class BindRepositoriesPostProcessor implements BeanFactoryPostProcessor, Ordered {

	private static final String DEFAULT_ENTITY_MANAGER_FACTORY = "entityManagerFactory";

	/** What Spring Data JPA names the shared entity manager it registers for the default factory. */
	private static final String DEFAULT_SHARED_ENTITY_MANAGER = "jpaSharedEM_" + DEFAULT_ENTITY_MANAGER_FACTORY;

	private static final String DEFAULT_TRANSACTION_MANAGER = "transactionManager";

	private final Environment environment;

	BindRepositoriesPostProcessor(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		Map<String, BindProperties> binds = ConfiguredBinds.read(this.environment);
		Map<String, List<String>> packages = new LinkedHashMap<>();
		binds.forEach((key, bind) -> packages.put(key, bind.getPackages()));
		EntityBinds entityBinds = new EntityBinds(packages);
		if (!beanFactory.containsBean(DEFAULT_ENTITY_MANAGER_FACTORY)
				&& beanFactory.containsBeanDefinition(DEFAULT_SHARED_ENTITY_MANAGER)) {
			// With binds alone there is no default factory: nothing may create the entity
			// manager Spring Data registered for it.
			beanFactory.getBeanDefinition(DEFAULT_SHARED_ENTITY_MANAGER).setLazyInit(true);
		}
		boolean defaultHasOwnTransactionManager = beanFactory
			.containsBeanDefinition(BindBeanRegistrar.DEFAULT_TRANSACTION_MANAGER);
		for (String name : beanFactory.getBeanDefinitionNames()) {
			BeanDefinition definition = beanFactory.getBeanDefinition(name);
			Class<?> repositoryInterface = repositoryInterface(definition, beanFactory.getBeanClassLoader());
			if (repositoryInterface == null) {
				continue;
			}
			Class<?> domainType = AbstractRepositoryMetadata.getMetadata(repositoryInterface).getDomainType();
			String key = entityBinds.bindOf(domainType);
			MutablePropertyValues properties = definition.getPropertyValues();
			boolean defaultTransactionManager = DEFAULT_TRANSACTION_MANAGER
				.equals(properties.get("transactionManager"));
			if (!BindRegistry.DEFAULT.equals(key) && binds.containsKey(key)) {
				if (usesDefaultEntityManagerFactory(properties.get("entityManager"))) {
					properties.add("entityManager", new RuntimeBeanReference(BindBean.ENTITY_MANAGER.name(key)));
				}
				if (defaultTransactionManager) {
					properties.add("transactionManager", BindBean.TRANSACTION_MANAGER.name(key));
				}
			}
			else if (defaultTransactionManager && defaultHasOwnTransactionManager) {
				// The primary transaction manager spans every bind; a repository of the
				// default bind needs only its own.
				properties.add("transactionManager", BindBeanRegistrar.DEFAULT_TRANSACTION_MANAGER);
			}
		}
	}

	private static @Nullable Class<?> repositoryInterface(BeanDefinition definition,
			@Nullable ClassLoader classLoader) {
		String className = definition.getBeanClassName();
		if (className == null || !ClassUtils.isPresent(className, classLoader)
				|| !JpaRepositoryFactoryBean.class.isAssignableFrom(ClassUtils.resolveClassName(className, classLoader))) {
			return null;
		}
		ValueHolder argument = definition.getConstructorArgumentValues().getIndexedArgumentValue(0, null);
		if (argument == null) {
			argument = definition.getConstructorArgumentValues().getGenericArgumentValue(null);
		}
		Object value = (argument != null) ? argument.getValue() : null;
		if (value instanceof Class<?> type) {
			return type;
		}
		if (value instanceof String name && ClassUtils.isPresent(name, classLoader)) {
			return ClassUtils.resolveClassName(name, classLoader);
		}
		return null;
	}

	private static boolean usesDefaultEntityManagerFactory(@Nullable Object entityManager) {
		if (entityManager instanceof RuntimeBeanReference reference) {
			return DEFAULT_SHARED_ENTITY_MANAGER.equals(reference.getBeanName());
		}
		if (entityManager instanceof BeanDefinition sharedEntityManager) {
			ValueHolder factory = sharedEntityManager.getConstructorArgumentValues().getIndexedArgumentValue(0, null);
			return factory != null && factory.getValue() instanceof RuntimeBeanReference reference
					&& DEFAULT_ENTITY_MANAGER_FACTORY.equals(reference.getBeanName());
		}
		return false;
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
