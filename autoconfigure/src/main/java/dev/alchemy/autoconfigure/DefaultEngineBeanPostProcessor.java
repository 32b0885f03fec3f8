package dev.alchemy.autoconfigure;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.core.Ordered;
import org.springframework.util.StringUtils;

import dev.alchemy.bind.BindRegistry;
import dev.alchemy.engine.EngineConfigurer;
import dev.alchemy.engine.EngineOptions;
import dev.alchemy.url.DatabaseUrl;

/**
 * Applies the engine options to the pool Spring Boot builds for the default database.
 * Runs after Boot has bound {@code spring.datasource.hikari.*}, so options set under
 * {@code sqlalchemy} win and the rest keeps Boot's values.
 */
final class DefaultEngineBeanPostProcessor implements BeanPostProcessor, Ordered {

	private static final String DEFAULT_DATA_SOURCE = "dataSource";

	private final ObjectProvider<EngineConfigurer> configurer;

	private final ObjectProvider<JdbcConnectionDetails> connectionDetails;

	DefaultEngineBeanPostProcessor(ObjectProvider<EngineConfigurer> configurer,
			ObjectProvider<JdbcConnectionDetails> connectionDetails) {
		this.configurer = configurer;
		this.connectionDetails = connectionDetails;
	}

	private boolean echo;

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		// A pool built from a DataSource class has no URL to read driver defaults from: it is
		// left as its author configured it.
		if (DEFAULT_DATA_SOURCE.equals(beanName) && bean instanceof HikariDataSource pool
				&& StringUtils.hasText(pool.getJdbcUrl())) {
			EngineOptions options = this.configurer.getObject()
				.configure(pool, BindRegistry.DEFAULT, databaseUrl(pool), null);
			this.echo = Boolean.TRUE.equals(options.getEcho());
		}
		return bean;
	}

	/**
	 * Wraps the engine for {@code echo} and query recording, after Spring Boot's own
	 * wrapping (lazy connection fetching), so that what is logged is what reaches the pool.
	 * A default database the application built itself is recorded too.
	 */
	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (DEFAULT_DATA_SOURCE.equals(beanName) && bean instanceof DataSource dataSource) {
			EngineConfigurer configurer = this.configurer.getIfAvailable();
			return (configurer != null) ? configurer.proxy(dataSource, BindRegistry.DEFAULT, this.echo) : bean;
		}
		return bean;
	}

	/**
	 * The URL the pool was built from: Alchemy's own, or, when someone else supplied the
	 * connection details (Testcontainers, Docker Compose), the pool's JDBC URL.
	 */
	private DatabaseUrl databaseUrl(HikariDataSource pool) {
		if (this.connectionDetails.getIfUnique() instanceof DatabaseUriJdbcConnectionDetails details) {
			return details.getDatabaseUrl();
		}
		return DatabaseUrl.parse(pool.getJdbcUrl());
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
