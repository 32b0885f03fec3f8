/**
 * Alchemy: Flask-SQLAlchemy's ergonomics for Spring Boot. Start with {@link dev.alchemy.Db}.
 */
@NullMarked
package dev.alchemy;

import org.jspecify.annotations.NullMarked;
