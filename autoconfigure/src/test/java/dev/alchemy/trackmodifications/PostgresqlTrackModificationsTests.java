package dev.alchemy.trackmodifications;

import org.junit.jupiter.api.BeforeAll;

import dev.alchemy.test.databases.TestDatabases;

/**
 * Tests for modification events on PostgreSQL.
 */
class PostgresqlTrackModificationsTests extends AbstractTrackModificationsTests {

	@BeforeAll
	static void startApplication() {
		start(TestDatabases.postgresql());
	}

}
