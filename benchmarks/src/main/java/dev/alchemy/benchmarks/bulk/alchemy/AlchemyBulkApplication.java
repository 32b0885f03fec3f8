package dev.alchemy.benchmarks.bulk.alchemy;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;

import dev.alchemy.benchmarks.bulk.BulkItem;

/**
 * An Alchemy application: {@code sqlalchemy.database-uri}, entities written with {@code db.session()}.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
@SpringBootApplication
@EntityScan(basePackageClasses = BulkItem.class)
public class AlchemyBulkApplication {

}
