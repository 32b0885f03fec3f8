package dev.alchemy.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import dev.alchemy.test.databases.TestDatabase;

/**
 * Starts the variants' applications in this JVM, each with its own context, web server
 * and connection pool.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
public final class SpringApps {

	/**
	 * Boot's own defaults for what Alchemy's environment post-processor changes. It is on
	 * this class path for the Alchemy variants, and it changes these defaults even where
	 * {@code sqlalchemy.enabled=false}: the plain Spring Boot variants state them again.
	 */
	private static final List<String> PLAIN_SPRING_BOOT = List.of("--sqlalchemy.enabled=false",
			"--spring.jpa.open-in-view=true", "--spring.datasource.connection-fetch=eager");

	private SpringApps() {
	}

	/**
	 * Start an application as the real one starts, with these arguments on its command
	 * line, no {@code application.yml} (the samples each have one, and only one of them
	 * could be found), no Flyway, a random port, and quieter logs.
	 * @param application the {@code @SpringBootApplication} class
	 * @param args its command-line arguments
	 * @return the running application
	 */
	public static ConfigurableApplicationContext start(Class<?> application, String... args) {
		List<String> all = new ArrayList<>(List.of("--spring.config.name=alchemy-benchmarks",
				"--spring.main.banner-mode=off", "--logging.level.root=warn", "--server.port=0",
				// The binds sample's migrations are on this class path; no variant here has any.
				"--spring.flyway.enabled=false"));
		all.addAll(Arrays.asList(args));
		return SpringApplication.run(application, all.toArray(String[]::new));
	}

	/**
	 * Start a plain Spring Boot application: as {@link #start(Class, String...)}, with
	 * Alchemy switched off and Spring Boot's defaults.
	 * @param application the {@code @SpringBootApplication} class
	 * @param args its command-line arguments
	 * @return the running application
	 */
	public static ConfigurableApplicationContext startPlain(Class<?> application, String... args) {
		List<String> all = new ArrayList<>(PLAIN_SPRING_BOOT);
		all.addAll(Arrays.asList(args));
		return start(application, all.toArray(String[]::new));
	}

	/**
	 * The command-line arguments that point Spring Boot's {@code DataSource} at a
	 * database.
	 * @param database the database
	 * @return {@code spring.datasource.*} arguments, in a list that may be added to
	 */
	public static List<String> dataSourceArguments(TestDatabase database) {
		List<String> arguments = new ArrayList<>();
		arguments.add("--spring.datasource.url=" + database.jdbcUrl());
		credentials(database, "spring.datasource", arguments);
		return arguments;
	}

	/**
	 * Add a database's user name and password, where it has them, as
	 * {@code PREFIX.username} and {@code PREFIX.password} arguments.
	 * @param database the database
	 * @param prefix the properties' prefix
	 * @param arguments where to add them
	 */
	public static void credentials(TestDatabase database, String prefix, List<String> arguments) {
		if (database.username() != null) {
			arguments.add("--" + prefix + ".username=" + database.username());
		}
		if (database.password() != null) {
			arguments.add("--" + prefix + ".password=" + database.password());
		}
	}

	/**
	 * The port a started web application listens on.
	 * @param context the application
	 * @return its port
	 */
	public static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

}
