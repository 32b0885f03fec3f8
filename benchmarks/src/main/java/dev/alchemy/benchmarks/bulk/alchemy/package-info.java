/**
 * The bulk write on Alchemy.
 */
@NullMarked
package dev.alchemy.benchmarks.bulk.alchemy;

import org.jspecify.annotations.NullMarked;
