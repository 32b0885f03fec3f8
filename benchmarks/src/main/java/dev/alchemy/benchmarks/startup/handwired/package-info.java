/**
 * The binds sample wired by hand as Spring Boot's how-to guides do it ("Configure Two
 * DataSources", "Use Two EntityManagers", "Use Spring Data Repositories"), without
 * Alchemy: the start-up benchmark's baseline.
 */
@NullMarked
package dev.alchemy.benchmarks.startup.handwired;

import org.jspecify.annotations.NullMarked;
