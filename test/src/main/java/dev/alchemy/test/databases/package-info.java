/**
 * Test databases that need no set-up: {@link dev.alchemy.test.databases.TestDatabases}
 * hands out a fresh PostgreSQL, MariaDB or SQLite database per call, on the server named
 * by an environment variable, in a Testcontainers container or on an embedded server.
 */
@NullMarked
package dev.alchemy.test.databases;

import org.jspecify.annotations.NullMarked;
