package dev.alchemy.autoconfigure;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Spring Boot defaults that Alchemy changes, added with the lowest precedence so that any
 * value the application sets wins.
 * <ul>
 * <li>{@code spring.jpa.open-in-view=false}: the Alchemy session is the request's unit of
 * work; Boot's open-in-view would hold a connection for every request, used or not.</li>
 * <li>{@code spring.datasource.connection-fetch=lazy}: a transaction takes its connection
 * from the pool at its first statement, not when it begins.</li>
 * <li>{@code logging.level.org.hibernate.orm.connections.pooling=warn}: Hibernate 7.4's
 * start-up line HHH10001005 prints {@code DatabaseMetaData.getURL()}, which MariaDB
 * Connector/J fills with the password (Hibernate's HHH-20882 redacts it in later
 * versions). Warnings of that logger still show.</li>
 * </ul>
 * With {@code sqlalchemy.enabled=false} it adds nothing: an application that turns Alchemy
 * off gets Spring Boot's own defaults.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
public class AlchemyEnvironmentPostProcessor implements EnvironmentPostProcessor {

	static final String PROPERTY_SOURCE_NAME = "alchemyDefaults";

	static final Map<String, Object> DEFAULTS = Map.of("spring.jpa.open-in-view", "false",
			"spring.datasource.connection-fetch", "lazy", "logging.level.org.hibernate.orm.connections.pooling",
			"warn");

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.getProperty("sqlalchemy.enabled", Boolean.class, true)
				&& !environment.getPropertySources().contains(PROPERTY_SOURCE_NAME)) {
			environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE_NAME, DEFAULTS));
		}
	}

}
