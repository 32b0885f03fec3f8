package dev.alchemy.benchmarks.bulk.plain;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A plain Spring Boot application: {@code spring.datasource.url}, a Spring Data JPA repository, Boot's defaults.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
@SpringBootApplication
public class PlainBulkApplication {

}
