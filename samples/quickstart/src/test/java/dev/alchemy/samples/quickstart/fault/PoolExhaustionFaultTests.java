package dev.alchemy.samples.quickstart.fault;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.function.SingletonSupplier;

import dev.alchemy.test.databases.TestDatabase;
import dev.alchemy.test.databases.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 7, fault 3: many more concurrent requests than the pool has connections. Requests
 * wait up to the pool timeout, then get a clean 503 (Problem Details, a
 * {@code Retry-After} header, no stack trace, no SQL), never a hang or a 500; afterwards
 * no connection is left checked out.
 * <p>
 * The pool is HikariCP's whatever the database, so one database (PostgreSQL) is enough;
 * its table lock lets the application itself hold its connections for as long as the test
 * wants.
 *
 * @author Alchemy team
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "sqlalchemy.engine-options.pool-size=" + PoolExhaustionFaultTests.POOL_SIZE,
				"sqlalchemy.engine-options.pool-timeout=500ms" })
@DirtiesContext
class PoolExhaustionFaultTests {

	static final int POOL_SIZE = 2;

	private static final int CONCURRENT_REQUESTS = 12;

	private static final Supplier<TestDatabase> database = SingletonSupplier.of(TestDatabases::postgresql);

	@LocalServerPort
	private int port;

	@Autowired
	private DataSource dataSource;

	private QuickstartClient client;

	private ExecutorService requests;

	@DynamicPropertySource
	static void databaseUri(DynamicPropertyRegistry registry) {
		registry.add("sqlalchemy.database-uri", () -> database.get().uri());
	}

	@BeforeEach
	void start() {
		this.client = new QuickstartClient(this.port);
		this.requests = Executors.newFixedThreadPool(CONCURRENT_REQUESTS);
		database.get().jdbc().update("delete from \"user\"");
	}

	@AfterEach
	void noConnectionIsLeaked() throws SQLException {
		this.requests.shutdownNow();
		HikariPoolMXBean pool = pool().getHikariPoolMXBean();
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(pool.getActiveConnections()).isZero();
			assertThat(pool.getThreadsAwaitingConnection()).isZero();
		});
		assertThat(pool.getTotalConnections()).isLessThanOrEqualTo(POOL_SIZE);
	}

	@Test
	void requestsBeyondThePoolAnswer503WhileTheApplicationHoldsEveryConnection() throws Exception {
		List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
		try (Connection admin = database.get().dataSource().getConnection()) {
			admin.setAutoCommit(false);
			try (Statement statement = admin.createStatement()) {
				statement.execute("lock table \"user\" in access exclusive mode");
			}
			for (int i = 0; i < CONCURRENT_REQUESTS; i++) {
				responses.add(send(this.client.request("/api/users").header("Accept", "application/json")));
			}
			// The requests that got a connection wait for the lock, holding it; the others
			// wait for the pool and give up.
			await().atMost(QuickstartClient.REQUEST_TIMEOUT)
				.until(() -> responses.stream().filter(CompletableFuture::isDone).count() == CONCURRENT_REQUESTS
						- POOL_SIZE);
			assertThat(pool().getHikariPoolMXBean().getActiveConnections()).isEqualTo(POOL_SIZE);
			admin.rollback();
		}
		List<HttpResponse<String>> answered = responses.stream().map(CompletableFuture::join).toList();
		assertThat(answered).filteredOn((response) -> response.statusCode() == 200).hasSize(POOL_SIZE);
		assertThat(answered).filteredOn((response) -> response.statusCode() != 200)
			.hasSize(CONCURRENT_REQUESTS - POOL_SIZE)
			.allSatisfy(PoolExhaustionFaultTests::assertCleanProblem);
	}

	@Test
	void everyKindOfRequestAnswers503WhileThePoolIsEmptyAndSucceedsOnceItIsNot() throws Exception {
		List<Supplier<HttpRequest.Builder>> kinds = List.of(
				() -> this.client.request("/api/users?page=1&per_page=5").header("Accept", "application/json"),
				() -> this.client.request("/api/users/1").header("Accept", "application/json"),
				() -> this.client.request("/api/users")
					.header("Content-Type", "application/json")
					.header("Accept", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"ada\"}")),
				() -> this.client.request("/api/users/1").header("Accept", "application/json").DELETE());
		List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
		List<Connection> held = new ArrayList<>();
		try {
			for (int i = 0; i < POOL_SIZE; i++) {
				held.add(pool().getConnection());
			}
			for (int i = 0; i < CONCURRENT_REQUESTS; i++) {
				responses.add(send(kinds.get(i % kinds.size()).get()));
			}
			List<HttpResponse<String>> answered = responses.stream().map(CompletableFuture::join).toList();
			assertThat(answered).allSatisfy(PoolExhaustionFaultTests::assertCleanProblem);
			HttpResponse<String> page = this.client
				.send(this.client.request("/users").header("Accept", "text/html"));
			assertThat(page.statusCode()).isEqualTo(503);
			assertThat(page.headers().firstValue("Retry-After")).hasValue("1");
			assertThat(page.body()).doesNotContain("Exception", "\tat ", "select ", "Hikari");
		}
		finally {
			for (Connection connection : held) {
				connection.close();
			}
		}
		assertThat(database.get().jdbc().queryForObject("select count(*) from \"user\"", Integer.class)).isZero();
		assertThat(this.client.createUser("ada").statusCode()).isEqualTo(201);
		assertThat(this.client.get("/api/users").statusCode()).isEqualTo(200);
		assertThat(this.client.send(this.client.request("/users").header("Accept", "text/html")).statusCode())
			.isEqualTo(200);
	}

	private CompletableFuture<HttpResponse<String>> send(HttpRequest.Builder request) {
		return CompletableFuture.supplyAsync(() -> this.client.send(request), this.requests);
	}

	private static void assertCleanProblem(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
		assertThat(response.body()).contains("\"status\":503", "\"title\":\"Service Unavailable\"")
			.doesNotContain("Exception", "\tat ", "select ", "insert ", "Hikari", "SQL", "trace");
	}

	private HikariDataSource pool() throws SQLException {
		return this.dataSource.unwrap(HikariDataSource.class);
	}

}
