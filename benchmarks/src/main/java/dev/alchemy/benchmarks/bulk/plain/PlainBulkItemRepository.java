package dev.alchemy.benchmarks.bulk.plain;

import org.springframework.data.jpa.repository.JpaRepository;

import dev.alchemy.benchmarks.bulk.BulkItem;

/**
 * The items.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
public interface PlainBulkItemRepository extends JpaRepository<BulkItem, Long> {

}
