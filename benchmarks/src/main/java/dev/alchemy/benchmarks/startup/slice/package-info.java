/**
 * Test classes whose contexts the test start-up benchmark builds, one JVM each.
 */
@NullMarked
package dev.alchemy.benchmarks.startup.slice;

import org.jspecify.annotations.NullMarked;
