package dev.alchemy.test.app;

import java.sql.SQLException;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.transaction.AfterTransaction;

import dev.alchemy.Bind;
import dev.alchemy.Db;
import dev.alchemy.test.AlchemyTest;
import dev.alchemy.test.BindServiceConnection;
import dev.alchemy.test.app.auth.Gadget;
import dev.alchemy.test.app.auth.GadgetRepository;
import dev.alchemy.test.databases.TestDatabase;
import dev.alchemy.test.databases.TestDatabases;

import static dev.alchemy.test.app.RollbackTests.rows;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bind connected to a container declared in the test class. The container is a
 * stand-in that answers with a database on the local or embedded MariaDB server, so this
 * runs without Docker; {@code BindServiceConnectionContainerTests} does the same with a
 * real container where Docker answers.
 */
@AlchemyTest
class BindServiceConnectionTests {

	static final TestDatabase authDatabase = TestDatabases.mariadb();

	@BindServiceConnection("auth")
	static final StandInContainer auth = new StandInContainer(authDatabase);

	@Autowired
	ApplicationContext context;

	@Autowired
	Db db;

	@Autowired
	GadgetRepository gadgets;

	@Autowired
	@Bind("auth")
	JdbcConnectionDetails authConnectionDetails;

	@Test
	void theBindConnectsToTheContainer() throws SQLException {
		assertThat(auth.isRunning()).as("started by Alchemy, since nothing else did").isTrue();
		assertThat(this.authConnectionDetails.getJdbcUrl()).isEqualTo(authDatabase.jdbcUrl());
		assertThat(this.db.engine("auth").unwrap(HikariDataSource.class).getJdbcUrl())
			.isEqualTo(authDatabase.jdbcUrl());
	}

	@Test
	void theDefaultDatabaseKeepsItsOwnConnectionDetails() {
		assertThat(this.context.getBean(JdbcConnectionDetails.class).getJdbcUrl())
			.isNotEqualTo(authDatabase.jdbcUrl());
	}

	@Test
	void writesReachTheContainerAndRollBack() {
		this.gadgets.saveAndFlush(new Gadget("in-the-container"));
		assertThat(this.gadgets.count()).isOne();
	}

	@AfterTransaction
	void theContainersDatabaseIsEmptyAfterEachTest() {
		// Migrations ran on the container's database, and the test's rows are gone.
		assertThat(rows(authDatabase.dataSource(), "gadget")).isZero();
	}


}
