package dev.alchemy.test.app;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mariadb.MariaDBContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;

import dev.alchemy.Db;
import dev.alchemy.test.AlchemyTest;
import dev.alchemy.test.BindServiceConnection;
import dev.alchemy.test.app.auth.Gadget;
import dev.alchemy.test.app.auth.GadgetRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real containers for the default database and a bind, as users with Docker declare them.
 * Skipped only where Docker does not answer; {@link BindServiceConnectionTests} and
 * {@link DefaultServiceConnectionWithBindsTests} run the same connection code on stand-in
 * containers everywhere.
 */
@AlchemyTest
@Testcontainers(disabledWithoutDocker = true)
class BindServiceConnectionContainerTests {

	@Container
	@ServiceConnection
	static final PostgreSQLContainer main = new PostgreSQLContainer("postgres:17-alpine");

	@Container
	@BindServiceConnection("auth")
	static final MariaDBContainer auth = new MariaDBContainer("mariadb:11.4");

	@Autowired
	Db db;

	@Autowired
	GadgetRepository gadgets;

	@Test
	void everyDatabaseIsItsContainer() throws Exception {
		assertThat(this.db.engine().unwrap(HikariDataSource.class).getJdbcUrl()).isEqualTo(main.getJdbcUrl());
		assertThat(this.db.engine("auth").unwrap(HikariDataSource.class).getJdbcUrl()).isEqualTo(auth.getJdbcUrl());
		this.gadgets.saveAndFlush(new Gadget("in-a-real-container"));
		assertThat(this.gadgets.count()).isOne();
	}

}
