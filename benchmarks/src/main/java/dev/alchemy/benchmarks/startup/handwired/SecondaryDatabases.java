package dev.alchemy.benchmarks.startup.handwired;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl;
import org.hibernate.cfg.AvailableSettings;

import org.springframework.boot.hibernate.SpringImplicitNamingStrategy;
import org.springframework.boot.jpa.EntityManagerFactoryBuilder;
import org.springframework.boot.jpa.autoconfigure.JpaProperties;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;

/**
 * What the how-to's configuration of an additional database repeats for each one.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
final class SecondaryDatabases {

	private SecondaryDatabases() {
	}

	/**
	 * An entity manager factory builder from the database's own JPA properties, with the
	 * naming strategies Boot gives the primary one (else the columns would be named
	 * differently from the primary database's).
	 */
	static EntityManagerFactoryBuilder entityManagerFactoryBuilder(JpaProperties jpaProperties) {
		return new EntityManagerFactoryBuilder(new HibernateJpaVendorAdapter(), (dataSource) -> {
			Map<String, Object> properties = new LinkedHashMap<>(jpaProperties.getProperties());
			properties.put(AvailableSettings.PHYSICAL_NAMING_STRATEGY,
					PhysicalNamingStrategySnakeCaseImpl.class.getName());
			properties.put(AvailableSettings.IMPLICIT_NAMING_STRATEGY, SpringImplicitNamingStrategy.class.getName());
			return properties;
		}, null);
	}

	static Flyway flyway(DataSource dataSource, String location) {
		return Flyway.configure().dataSource(dataSource).locations(location).load();
	}

}
