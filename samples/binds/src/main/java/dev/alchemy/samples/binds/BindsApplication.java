package dev.alchemy.samples.binds;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A team notes application on three databases: notes on the default database
 * (PostgreSQL), accounts on the {@code auth} bind (MariaDB) and the audit log on the
 * {@code meta} bind (SQLite). Flyway creates the tables of each.
 */
@SpringBootApplication
public class BindsApplication {

	public static void main(String[] args) {
		SpringApplication.run(BindsApplication.class, args);
	}

}
