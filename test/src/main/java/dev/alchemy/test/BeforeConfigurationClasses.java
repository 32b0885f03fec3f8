package dev.alchemy.test;

import java.util.function.Consumer;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;

/**
 * Runs a context customizer's work once the environment is complete (after every context
 * customizer, property mappings and {@code @DynamicPropertySource} included) and before
 * any configuration class is read: post-processors added to the context run before those
 * it registers as beans, Spring's configuration class parsing among them. Alchemy's binds
 * decide which beans exist while configuration classes are read, so what changes them
 * must happen here.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
final class BeforeConfigurationClasses implements BeanDefinitionRegistryPostProcessor, PriorityOrdered {

	private final Consumer<BeanDefinitionRegistry> work;

	BeforeConfigurationClasses(Consumer<BeanDefinitionRegistry> work) {
		this.work = work;
	}

	@Override
	public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
		this.work.accept(registry);
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
