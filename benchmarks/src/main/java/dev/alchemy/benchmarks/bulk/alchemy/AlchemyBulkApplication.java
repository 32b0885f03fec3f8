package dev.alchemy.benchmarks.bulk.alchemy;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * An Alchemy application: {@code sqlalchemy.database-uri}, entities written with {@code db.session()}.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
@SpringBootApplication
public class AlchemyBulkApplication {

}
