package dev.alchemy.pagination;

import org.junit.jupiter.api.BeforeAll;

import dev.alchemy.testsupport.TestDatabases;

class PostgresqlKeysetPaginateTests extends AbstractKeysetPaginateTests {

	@BeforeAll
	static void startApplication() {
		start(TestDatabases.postgresql());
	}

}
