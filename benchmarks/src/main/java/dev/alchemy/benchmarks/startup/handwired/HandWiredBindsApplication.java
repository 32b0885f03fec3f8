package dev.alchemy.benchmarks.startup.handwired;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The binds sample's notes on PostgreSQL, accounts on MariaDB and audit log on SQLite,
 * with its entities, repositories, migrations, notes service and notes page, wired by
 * hand: a primary database that Boot configures from {@code spring.datasource.*}, and
 * two more from {@code app.datasource.auth.*} and {@code app.datasource.meta.*}, each with
 * its own entity manager factory, transaction manager, repositories and Flyway.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
@SpringBootApplication
public class HandWiredBindsApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(HandWiredBindsApplication.class);
		// What Alchemy works out by itself, a hand-wired application states.
		application.setDefaultProperties(Map.of("app.datasource.meta.maximum-pool-size", "1",
				"app.jpa.meta.properties[hibernate.dialect]", "org.hibernate.community.dialect.SQLiteDialect",
				"spring.jpa.open-in-view", "false"));
		application.run(args);
	}

}
