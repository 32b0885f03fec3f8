package dev.alchemy.web;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import dev.alchemy.Db;
import dev.alchemy.autoconfigure.fixtures.FixturesApplication;
import dev.alchemy.test.databases.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link DatabaseUnavailableExceptionHandler} on a real database: the
 * application's pool has one connection and a short pool timeout, and the test holds that
 * connection to exhaust the pool.
 */
@SpringBootTest(classes = FixturesApplication.class,
		properties = { "sqlalchemy.engine-options.pool-size=1", "sqlalchemy.engine-options.pool-timeout=250ms",
				"spring.flyway.enabled=false" })
@AutoConfigureMockMvc
abstract class AbstractDatabaseUnavailableTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Db db;

	@Autowired
	private DataSource dataSource;

	/**
	 * The database the application runs on.
	 * @return the database
	 */
	protected abstract TestDatabase database();

	/**
	 * End the session of the given connection from another connection, as an
	 * administrator or a server restart would.
	 * @param connection the victim
	 * @throws SQLException if it cannot be done
	 */
	protected abstract void endSessionOf(Connection connection) throws SQLException;

	@BeforeEach
	void emptyTable() {
		this.db.createAll();
		database().jdbc().update("delete from " + quotedUserTable());
	}

	@AfterEach
	void noConnectionIsLeaked() {
		await().untilAsserted(() -> assertThat(pool().getHikariPoolMXBean().getActiveConnections()).isZero());
	}

	@Test
	void exhaustedPoolAnswersJsonClients503WithProblemDetailsAndRetryAfter() throws SQLException {
		try (Connection held = pool().getConnection()) {
			assertUnavailable(this.mvc.get().uri("/users/1").accept(MediaType.APPLICATION_JSON).exchange(), "/users/1");
			assertUnavailable(this.mvc.get().uri("/users").exchange(), "/users");
			assertUnavailable(this.mvc.post().uri("/users").param("username", "ada").exchange(), "/users");
		}
		assertThat(database().jdbc().queryForObject("select count(*) from " + quotedUserTable(), Integer.class))
			.isZero();
	}

	private void assertUnavailable(MvcTestResult result, String path) {
		assertThat(result).hasStatus(HttpStatus.SERVICE_UNAVAILABLE)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.hasHeader(HttpHeaders.RETRY_AFTER, "1")
			.bodyJson()
			.isStrictlyEqualTo("{\"title\": \"Service Unavailable\", \"status\": 503,"
					+ " \"detail\": \"The database is not available right now. Try again later.\","
					+ " \"instance\": \"" + path + "\"}");
	}

	@Test
	void exhaustedPoolSendsBrowsersToTheErrorPageWith503() throws SQLException {
		try (Connection held = pool().getConnection()) {
			assertThat(this.mvc.get().uri("/users/1").accept(MediaType.TEXT_HTML))
				.hasStatus(HttpStatus.SERVICE_UNAVAILABLE)
				.hasHeader(HttpHeaders.RETRY_AFTER, "1")
				.hasErrorMessage("The database is not available right now. Try again later.");
		}
	}

	@Test
	void requestsSucceedAgainOnceAConnectionIsFree() throws SQLException {
		try (Connection held = pool().getConnection()) {
			assertThat(this.mvc.post().uri("/users").param("username", "ada"))
				.hasStatus(HttpStatus.SERVICE_UNAVAILABLE);
		}
		assertThat(this.mvc.post().uri("/users").param("username", "ada")).hasStatusOk();
		assertThat(this.mvc.get().uri("/users")).hasStatusOk().bodyJson().extractingPath("$.items").asArray()
			.containsExactly("ada");
		assertThat(pool().getHikariPoolMXBean().getTotalConnections()).isOne();
	}

	@Test
	void otherDataAccessFailuresAreLeftToTheApplicationsErrorHandling() {
		assertThat(this.mvc.post().uri("/users").param("username", "ada")).hasStatusOk();
		// Unhandled, MockMvc hands the exception over; a server would answer 500.
		assertThat(this.mvc.post().uri("/users").param("username", "ada")).hasFailed()
			.failure()
			.hasCauseInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void sessionEndedByTheServerIsAConnectionFailure() throws SQLException {
		try (Connection victim = database().dataSource().getConnection()) {
			endSessionOf(victim);
			JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(victim, true));
			assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> jdbc.queryForList("select 1"))
				.satisfies((ex) -> assertThat(connectionFailure(ex)).isNotNull());
		}
	}

	@Test
	void timedOutPoolIsAConnectionFailure() throws SQLException {
		try (Connection held = pool().getConnection()) {
			assertThatExceptionOfType(SQLException.class).isThrownBy(() -> pool().getConnection())
				.satisfies((ex) -> assertThat(connectionFailure(ex)).isSameAs(ex));
		}
	}

	@Test
	void constraintViolationIsNoConnectionFailure() {
		database().jdbc().update("insert into " + quotedUserTable() + " (username) values ('ada')");
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> database().jdbc()
				.update("insert into " + quotedUserTable() + " (username) values ('ada')"))
			.satisfies((ex) -> assertThat(connectionFailure(ex)).isNull());
	}

	private static @Nullable Throwable connectionFailure(Throwable ex) {
		return DatabaseUnavailableExceptionHandler.connectionFailure(ex);
	}

	protected String quotedUserTable() {
		return "\"user\"";
	}

	/**
	 * The application's pool itself: the {@code DataSource} bean hands out lazy
	 * connections that take one from the pool only at their first statement.
	 */
	private HikariDataSource pool() throws SQLException {
		return this.dataSource.unwrap(HikariDataSource.class);
	}

}
