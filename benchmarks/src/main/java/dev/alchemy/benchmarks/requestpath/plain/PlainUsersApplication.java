package dev.alchemy.benchmarks.requestpath.plain;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The quickstart's {@code /api/users} as a Spring Boot developer writes it without
 * Alchemy: {@code spring.datasource.url}, a Spring Data JPA repository, Boot's defaults.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
@SpringBootApplication
public class PlainUsersApplication {

}
