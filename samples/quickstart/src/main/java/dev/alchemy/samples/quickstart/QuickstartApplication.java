package dev.alchemy.samples.quickstart;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import dev.alchemy.Db;

/**
 * The Flask-SQLAlchemy quickstart as a Spring Boot application: users, a JSON API and
 * HTML pages, on SQLite unless {@code sqlalchemy.database-uri} says otherwise.
 *
 * @author Alchemy team
 */
@SpringBootApplication
public class QuickstartApplication {

	/**
	 * Create the tables that do not exist yet when the application starts, as the
	 * quickstart's {@code db.create_all()} does.
	 * @param db the application's databases
	 * @return the runner
	 */
	@Bean
	ApplicationRunner createTables(Db db) {
		return (args) -> db.createAll();
	}

	public static void main(String[] args) {
		SpringApplication.run(QuickstartApplication.class, args);
	}

}
