/**
 * Real databases for tests: PostgreSQL, MariaDB and SQLite, never a stand-in.
 */
@NullMarked
package dev.alchemy.testsupport;

import org.jspecify.annotations.NullMarked;
