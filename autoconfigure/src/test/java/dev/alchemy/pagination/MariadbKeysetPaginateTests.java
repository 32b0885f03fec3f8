package dev.alchemy.pagination;

import org.junit.jupiter.api.BeforeAll;

import dev.alchemy.testsupport.TestDatabases;

class MariadbKeysetPaginateTests extends AbstractKeysetPaginateTests {

	@BeforeAll
	static void startApplication() {
		start(TestDatabases.mariadb());
	}

}
