package dev.alchemy.benchmarks.startup.handwired;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import org.flywaydb.core.Flyway;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jpa.autoconfigure.JpaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.annotation.FilterType;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;

import dev.alchemy.samples.binds.AuditEntry;
import dev.alchemy.samples.binds.AuditEntryRepository;

/**
 * The {@code meta} database (SQLite) with the audit log. Its beans are no default candidates, so Boot's auto-configuration
 * still sets up the primary database.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackageClasses = AuditEntryRepository.class,
		includeFilters = @Filter(type = FilterType.ASSIGNABLE_TYPE, classes = AuditEntryRepository.class),
		entityManagerFactoryRef = "metaEntityManagerFactory", transactionManagerRef = "metaTransactionManager")
class MetaDatabaseConfiguration {

	@Qualifier("meta")
	@Bean(defaultCandidate = false)
	@ConfigurationProperties("app.datasource.meta")
	HikariDataSource metaDataSource() {
		return DataSourceBuilder.create().type(HikariDataSource.class).build();
	}

	@Qualifier("meta")
	@Bean(defaultCandidate = false)
	@ConfigurationProperties("app.jpa.meta")
	JpaProperties metaJpaProperties() {
		return new JpaProperties();
	}

	@Qualifier("meta")
	@Bean(defaultCandidate = false)
	Flyway metaFlyway(@Qualifier("meta") DataSource dataSource) {
		return SecondaryDatabases.flyway(dataSource, "classpath:db/migration/meta");
	}

	@Bean(defaultCandidate = false)
	FlywayMigrationInitializer metaFlywayInitializer(@Qualifier("meta") Flyway flyway) {
		return new FlywayMigrationInitializer(flyway);
	}

	@Qualifier("meta")
	@Bean(defaultCandidate = false)
	@DependsOn("metaFlywayInitializer")
	LocalContainerEntityManagerFactoryBean metaEntityManagerFactory(@Qualifier("meta") DataSource dataSource,
			@Qualifier("meta") JpaProperties jpaProperties) {
		return SecondaryDatabases.entityManagerFactoryBuilder(jpaProperties)
			.dataSource(dataSource)
			.managedTypes(PersistenceManagedTypes.of(AuditEntry.class.getName()))
			.persistenceUnit("meta")
			.build();
	}

	@Qualifier("meta")
	@Bean(defaultCandidate = false)
	JpaTransactionManager metaTransactionManager(@Qualifier("meta") EntityManagerFactory entityManagerFactory) {
		return new JpaTransactionManager(entityManagerFactory);
	}

}
