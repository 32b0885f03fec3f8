/**
 * The bulk write on plain Spring Boot and Spring Data JPA, with their defaults.
 */
@NullMarked
package dev.alchemy.benchmarks.bulk.plain;

import org.jspecify.annotations.NullMarked;
