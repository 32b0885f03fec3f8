/**
 * The legacy query interface: {@code db.query(User.class).filterBy(...)}, as
 * Flask-SQLAlchemy's {@code User.query}.
 */
@NullMarked
package dev.alchemy.query;

import org.jspecify.annotations.NullMarked;
