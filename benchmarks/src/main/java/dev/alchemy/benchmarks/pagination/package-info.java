/**
 * Pagination: how the time to load a page grows with its number.
 */
@NullMarked
package dev.alchemy.benchmarks.pagination;

import org.jspecify.annotations.NullMarked;
