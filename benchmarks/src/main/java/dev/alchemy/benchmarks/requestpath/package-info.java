/**
 * The request path: the quickstart's {@code GET /api/users?page=3&per_page=20} on
 * Alchemy, plain Spring Boot and raw JDBC.
 */
@NullMarked
package dev.alchemy.benchmarks.requestpath;

import org.jspecify.annotations.NullMarked;
