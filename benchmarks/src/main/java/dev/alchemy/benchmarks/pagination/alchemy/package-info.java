/**
 * The application the pagination benchmark pages through.
 */
@NullMarked
package dev.alchemy.benchmarks.pagination.alchemy;

import org.jspecify.annotations.NullMarked;
