package dev.alchemy.benchmarks.pagination.alchemy;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * An Alchemy application with one large table to page through.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
@SpringBootApplication
public class AlchemyPagesApplication {

}
