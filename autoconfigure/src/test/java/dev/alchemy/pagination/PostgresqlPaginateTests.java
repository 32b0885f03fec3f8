package dev.alchemy.pagination;

import org.junit.jupiter.api.BeforeAll;

import dev.alchemy.test.databases.TestDatabases;

class PostgresqlPaginateTests extends AbstractPaginateTests {

	@BeforeAll
	static void startApplication() {
		start(TestDatabases.postgresql());
	}

}
