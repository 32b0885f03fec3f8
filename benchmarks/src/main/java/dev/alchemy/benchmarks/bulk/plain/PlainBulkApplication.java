package dev.alchemy.benchmarks.bulk.plain;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;

import dev.alchemy.benchmarks.bulk.BulkItem;

/**
 * A plain Spring Boot application: {@code spring.datasource.url}, a Spring Data JPA repository, Boot's defaults.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
@SpringBootApplication
@EntityScan(basePackageClasses = BulkItem.class)
public class PlainBulkApplication {

}
