/**
 * The request path's endpoint written with raw JDBC on Boot's Hikari pool: the practical
 * limit.
 */
@NullMarked
package dev.alchemy.benchmarks.requestpath.jdbc;

import org.jspecify.annotations.NullMarked;
