/**
 * Query recording: the statements each request or scope sent to the databases, as
 * Flask-SQLAlchemy's {@code get_recorded_queries()}.
 */
@NullMarked
package dev.alchemy.recordqueries;

import org.jspecify.annotations.NullMarked;
