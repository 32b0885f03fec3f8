/**
 * Spring Boot wiring for Alchemy: properties, auto-configurations and failure analyzers.
 */
@NullMarked
package dev.alchemy.autoconfigure;

import org.jspecify.annotations.NullMarked;
