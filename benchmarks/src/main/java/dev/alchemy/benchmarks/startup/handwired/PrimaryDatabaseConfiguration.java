package dev.alchemy.benchmarks.startup.handwired;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;

import dev.alchemy.samples.binds.Note;
import dev.alchemy.samples.binds.NoteRepository;

/**
 * The primary database: Boot's own {@code DataSource}, entity manager factory,
 * transaction manager and Flyway, told which entity and repository are its own.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackageClasses = NoteRepository.class,
		includeFilters = @org.springframework.context.annotation.ComponentScan.Filter(
				type = org.springframework.context.annotation.FilterType.ASSIGNABLE_TYPE,
				classes = NoteRepository.class))
class PrimaryDatabaseConfiguration {

	@Bean
	PersistenceManagedTypes persistenceManagedTypes() {
		return PersistenceManagedTypes.of(Note.class.getName());
	}

	/**
	 * Flyway scans a location's subfolders too, where the other databases' migrations
	 * are.
	 */
	@Bean
	FlywayConfigurationCustomizer topLevelMigrationsOnly() {
		return (configuration) -> configuration
			.resourceProvider(new TopLevelMigrations(configuration.getLocations()[0], configuration.getClassLoader()));
	}

}
