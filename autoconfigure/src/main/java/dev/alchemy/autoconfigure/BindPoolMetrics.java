package dev.alchemy.autoconfigure;

import java.util.Collection;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

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
			DataSource engine = this.beanFactory.getBean(BindBean.DATA_SOURCE.name(key), DataSource.class);
			HikariDataSource pool = HikariPools.unwrap(engine);
			if (pool != null && pool.getMetricRegistry() == null && pool.getMetricsTrackerFactory() == null) {
				pool.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
			}
		}
	}

}
