package dev.alchemy.session;

import org.junit.jupiter.api.BeforeAll;

import dev.alchemy.test.databases.TestDatabases;

/**
 * Tests for the {@link Session} on PostgreSQL.
 */
class PostgresqlSessionTests extends AbstractSessionTests {

	@BeforeAll
	static void startApplication() {
		start(TestDatabases.postgresql());
	}

}
