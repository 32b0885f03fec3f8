package dev.alchemy.autoconfigure.bindfixtures;

import java.util.Arrays;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * An application whose entities live in three databases.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({ BindsService.class, QualifiedInjections.class })
public class BindsApplication {

	/**
	 * Start the application without a web server.
	 * @param properties {@code key=value} properties
	 * @return the running context
	 */
	public static ConfigurableApplicationContext start(String... properties) {
		return start(new Class<?>[0], properties);
	}

	/**
	 * Start the application with more beans, without a web server.
	 * @param moreSources classes registered as beans besides the application's own
	 * @param properties {@code key=value} properties
	 * @return the running context
	 */
	public static ConfigurableApplicationContext start(Class<?>[] moreSources, String... properties) {
		return new SpringApplicationBuilder(BindsApplication.class).sources(moreSources)
			.web(WebApplicationType.NONE)
			.properties("sqlalchemy.engine-options.pool-size=2")
			.run(Arrays.stream(properties).map((property) -> "--" + property).toArray(String[]::new));
	}

}
