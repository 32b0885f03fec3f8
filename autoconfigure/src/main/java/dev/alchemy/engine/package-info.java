/**
 * Engines: the connection pool of each database, configured with SQLAlchemy's option names.
 */
@NullMarked
package dev.alchemy.engine;

import org.jspecify.annotations.NullMarked;
