package dev.alchemy.samples.quickstart.fault;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import dev.alchemy.test.databases.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 7, fault 2: the server closes connections that sit idle past its idle timeout
 * (MySQL's "server has gone away" after {@code wait_timeout}). Only the application's own
 * sessions get a timeout of {@value #IDLE_TIMEOUT_SECONDS} seconds, through the engine
 * option {@code connection-init-sql}; every other setting is Alchemy's default. After the
 * server has closed every connection of the pool, the next requests succeed.
 * <p>
 * Alchemy's recycle time for MySQL and MariaDB (30 minutes) is far above these few
 * seconds, so what keeps the requests working is HikariCP checking a connection that has
 * been idle for more than half a second before handing it out (the pre-ping Alchemy's
 * {@code pool-pre-ping} documents).
 *
 * @author Alchemy team
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "sqlalchemy.engine-options.pool-size=" + AbstractIdleDisconnectFaultTests.POOL_SIZE)
@DirtiesContext
abstract class AbstractIdleDisconnectFaultTests {

	static final int POOL_SIZE = 3;

	static final int IDLE_TIMEOUT_SECONDS = 2;

	private static final Duration SERVER_CLOSES_WITHIN = Duration.ofSeconds(IDLE_TIMEOUT_SECONDS + 15);

	@LocalServerPort
	private int port;

	@Autowired
	private DataSource dataSource;

	/**
	 * The database the application runs on.
	 * @return the database
	 */
	protected abstract TestDatabase database();

	@Test
	void nextRequestsSucceedAfterTheServerClosedTheIdleConnections() throws SQLException {
		QuickstartClient client = new QuickstartClient(this.port);
		HikariPoolMXBean pool = this.dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
		for (int round = 0; round < 2; round++) {
			assertThat(client.createUser("idle-" + round).statusCode()).isEqualTo(201);
			await().atMost(SERVER_CLOSES_WITHIN).until(() -> ServerSessions.count(database()) == 0);
			// The pool does not know yet: it still counts the connections the server closed.
			assertThat(pool.getIdleConnections()).as("connections the server closed, still in the pool")
				.isPositive();
			HttpResponse<String> list = client.get("/api/users?per_page=100");
			assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
			assertThat(list.body()).contains("\"username\":\"idle-" + round + "\"");
			for (int i = 0; i < POOL_SIZE; i++) {
				HttpResponse<String> created = client.createUser("after-idle-" + round + "-" + i);
				assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
			}
		}
		assertThat(database().jdbc().queryForObject("select count(*) from " + quotedUserTable(), Integer.class))
			.isEqualTo(2 * (1 + POOL_SIZE));
		assertThat(pool.getActiveConnections()).isZero();
	}

	/**
	 * The name of the users' table, quoted the way this database quotes it.
	 * @return the quoted name
	 */
	protected abstract String quotedUserTable();

}
