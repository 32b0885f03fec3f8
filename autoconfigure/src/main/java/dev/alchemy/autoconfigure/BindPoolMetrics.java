package dev.alchemy.autoconfigure;

import java.sql.SQLException;
import java.util.Collection;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ListableBeanFactory;

/**
 * Hikari pool metrics for the binds of an application without a default database, which
 * Spring Boot only binds when there is one. The pool name, and so the {@code pool} tag,
 * is the bind key.
 */
final class BindPoolMetrics implements MeterBinder {

	private final ListableBeanFactory beanFactory;

	private final Collection<String> bindKeys;

	BindPoolMetrics(ListableBeanFactory beanFactory, Collection<String> bindKeys) {
		this.beanFactory = beanFactory;
		this.bindKeys = bindKeys;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (String key : this.bindKeys) {
			HikariDataSource pool = pool(this.beanFactory.getBean(key + "DataSource", DataSource.class));
			if (pool != null && pool.getMetricRegistry() == null && pool.getMetricsTrackerFactory() == null) {
				pool.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
			}
		}
	}

	private static @Nullable HikariDataSource pool(DataSource dataSource) {
		try {
			return dataSource.isWrapperFor(HikariDataSource.class) ? dataSource.unwrap(HikariDataSource.class) : null;
		}
		catch (SQLException ex) {
			return null;
		}
	}

}
