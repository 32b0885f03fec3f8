/**
 * The request path's endpoint written with plain Spring Boot and Spring Data JPA, with
 * their default settings.
 */
@NullMarked
package dev.alchemy.benchmarks.requestpath.plain;

import org.jspecify.annotations.NullMarked;
