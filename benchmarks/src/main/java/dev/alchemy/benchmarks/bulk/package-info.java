/**
 * Bulk writes: many new entities through {@code db.session()}, Spring Data's
 * {@code saveAll} and a raw JDBC batch.
 */
@NullMarked
package dev.alchemy.benchmarks.bulk;

import org.jspecify.annotations.NullMarked;
