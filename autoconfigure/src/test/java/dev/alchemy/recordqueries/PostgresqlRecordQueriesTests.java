package dev.alchemy.recordqueries;

import org.junit.jupiter.api.BeforeAll;

import dev.alchemy.test.databases.TestDatabases;

/**
 * Tests for query recording on PostgreSQL.
 */
class PostgresqlRecordQueriesTests extends AbstractRecordQueriesTests {

	@BeforeAll
	static void startApplication() {
		start(TestDatabases.postgresql());
	}

}
