/**
 * One application on three databases with Alchemy: notes on the default database
 * (PostgreSQL), accounts on the {@code auth} bind (MariaDB) and an audit log on the
 * {@code meta} bind (SQLite).
 */
@NullMarked
package dev.alchemy.samples.binds;

import org.jspecify.annotations.NullMarked;
