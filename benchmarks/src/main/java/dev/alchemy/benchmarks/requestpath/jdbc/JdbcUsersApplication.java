package dev.alchemy.benchmarks.requestpath.jdbc;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The quickstart's {@code /api/users} in raw JDBC: Spring MVC and Boot's Hikari pool, two
 * prepared statements, no ORM.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
@SpringBootApplication
public class JdbcUsersApplication {

}
