/**
 * A load generator for HTTP servers on the loopback interface.
 */
@NullMarked
package dev.alchemy.benchmarks.load;

import org.jspecify.annotations.NullMarked;
