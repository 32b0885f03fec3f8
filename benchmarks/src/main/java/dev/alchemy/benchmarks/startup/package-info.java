/**
 * Start-up: the binds sample against the same application wired by hand.
 */
@NullMarked
package dev.alchemy.benchmarks.startup;

import org.jspecify.annotations.NullMarked;
