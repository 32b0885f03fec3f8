/**
 * Benchmarks of Alchemy against plain Spring Boot and raw JDBC: each one runs the
 * compared variants in the same run, alternating, on the same database, and reports
 * median ratios. Not a library: nothing here is meant for applications.
 */
@NullMarked
package dev.alchemy.benchmarks;

import org.jspecify.annotations.NullMarked;
