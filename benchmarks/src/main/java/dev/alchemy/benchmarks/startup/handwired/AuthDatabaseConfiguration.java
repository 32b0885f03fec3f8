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

import dev.alchemy.samples.binds.auth.Account;
import dev.alchemy.samples.binds.auth.AccountRepository;

/**
 * The {@code auth} database (MariaDB) with the accounts. Its beans are no default candidates, so Boot's auto-configuration
 * still sets up the primary database.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackageClasses = AccountRepository.class,
		includeFilters = @Filter(type = FilterType.ASSIGNABLE_TYPE, classes = AccountRepository.class),
		entityManagerFactoryRef = "authEntityManagerFactory", transactionManagerRef = "authTransactionManager")
class AuthDatabaseConfiguration {

	@Qualifier("auth")
	@Bean(defaultCandidate = false)
	@ConfigurationProperties("app.datasource.auth")
	HikariDataSource authDataSource() {
		return DataSourceBuilder.create().type(HikariDataSource.class).build();
	}

	@Qualifier("auth")
	@Bean(defaultCandidate = false)
	@ConfigurationProperties("app.jpa.auth")
	JpaProperties authJpaProperties() {
		return new JpaProperties();
	}

	@Qualifier("auth")
	@Bean(defaultCandidate = false)
	Flyway authFlyway(@Qualifier("auth") DataSource dataSource) {
		return SecondaryDatabases.flyway(dataSource, "classpath:db/migration/auth");
	}

	@Bean(defaultCandidate = false)
	FlywayMigrationInitializer authFlywayInitializer(@Qualifier("auth") Flyway flyway) {
		return new FlywayMigrationInitializer(flyway);
	}

	@Qualifier("auth")
	@Bean(defaultCandidate = false)
	@DependsOn("authFlywayInitializer")
	LocalContainerEntityManagerFactoryBean authEntityManagerFactory(@Qualifier("auth") DataSource dataSource,
			@Qualifier("auth") JpaProperties jpaProperties) {
		return SecondaryDatabases.entityManagerFactoryBuilder(jpaProperties)
			.dataSource(dataSource)
			.packages(Account.class)
			.persistenceUnit("auth")
			.build();
	}

	@Qualifier("auth")
	@Bean(defaultCandidate = false)
	JpaTransactionManager authTransactionManager(@Qualifier("auth") EntityManagerFactory entityManagerFactory) {
		return new JpaTransactionManager(entityManagerFactory);
	}

}
