package dev.alchemy.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Keeps Spring Boot from building a default {@code DataSource} in an application that
 * configures binds and no default database: Boot would otherwise fail to find a URL, or
 * quietly start an embedded database that no entity uses. Connection details for the
 * default database defined before auto-configuration is chosen (a Testcontainers
 * {@code @ServiceConnection} field of a test class) count as a default database.
 */
class BindsOnlyAutoConfigurationImportFilter implements AutoConfigurationImportFilter, EnvironmentAware,
		BeanFactoryAware {

	private static final String DATA_SOURCE_AUTO_CONFIGURATION = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration";

	private @Nullable Environment environment;

	private @Nullable BeanFactory beanFactory;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void setBeanFactory(BeanFactory beanFactory) {
		this.beanFactory = beanFactory;
	}

	@Override
	public boolean[] match(@Nullable String[] autoConfigurationClasses,
			AutoConfigurationMetadata autoConfigurationMetadata) {
		boolean bindsOnly = this.environment != null && ConfiguredBinds.isBindsOnly(this.environment, this.beanFactory)
				&& this.environment.getProperty("sqlalchemy.enabled", Boolean.class, true);
		boolean[] matches = new boolean[autoConfigurationClasses.length];
		for (int i = 0; i < autoConfigurationClasses.length; i++) {
			matches[i] = !(bindsOnly && DATA_SOURCE_AUTO_CONFIGURATION.equals(autoConfigurationClasses[i]));
		}
		return matches;
	}

}
