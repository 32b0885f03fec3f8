package dev.alchemy.benchmarks.bulk.plain;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The items.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
public interface PlainBulkItemRepository extends JpaRepository<PlainBulkItem, Long> {

}
