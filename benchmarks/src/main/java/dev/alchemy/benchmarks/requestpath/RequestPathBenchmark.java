package dev.alchemy.benchmarks.requestpath;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ConfigurableApplicationContext;

import dev.alchemy.benchmarks.Benchmark;
import dev.alchemy.benchmarks.Comparison;
import dev.alchemy.benchmarks.Scale;
import dev.alchemy.benchmarks.SpringApps;
import dev.alchemy.benchmarks.Target;
import dev.alchemy.benchmarks.load.LoopbackLoad;
import dev.alchemy.benchmarks.requestpath.jdbc.JdbcUsersApplication;
import dev.alchemy.benchmarks.requestpath.plain.PlainUsersApplication;
import dev.alchemy.recordqueries.QueryRecorder;
import dev.alchemy.samples.quickstart.QuickstartApplication;
import dev.alchemy.test.databases.TestDatabase;
import dev.alchemy.test.databases.TestDatabases;

/**
 * The quickstart's {@code GET /api/users?page=3&per_page=20} under a loopback load, in
 * requests per second: (a) the real quickstart on Alchemy, (b) the same endpoint on
 * plain Spring Boot and Spring Data JPA, (c) the same endpoint in raw JDBC, (a') the real
 * quickstart again with {@code sqlalchemy.record-queries=true}, all four on one PostgreSQL
 * database and in this JVM, each with its own web server and pool (10 connections:
 * Hikari's default, which Alchemy keeps). Before measuring, the four answers are checked
 * to be the same JSON, and each variant answers 30,000 requests to warm up (at most three
 * minutes each).
 *
 * @author Alchemy team
 * @since 0.1.0
 */
public class RequestPathBenchmark implements Benchmark {

	static final String PATH = "/api/users?page=3&per_page=20";

	static final String ALCHEMY = "(a) Alchemy quickstart";

	static final String PLAIN = "(b) Spring Boot + Spring Data JPA";

	static final String JDBC = "(c) raw JDBC";

	static final String RECORDING = "(a') Alchemy quickstart, recording queries";

	/** Clients sending at once: more than the two cores, fewer than the pool's connections. */
	private static final int CONNECTIONS = 8;

	/**
	 * The longest a variant's warm-up may take: on a busy machine, the requests it asks
	 * for could otherwise take very long.
	 */
	private static final Duration WARM_UP_LIMIT = Duration.ofMinutes(3);

	private final Map<String, ConfigurableApplicationContext> applications = new LinkedHashMap<>();

	private final Map<String, LoopbackLoad> loads = new LinkedHashMap<>();

	private Duration roundDuration = Duration.ZERO;

	@Override
	public String name() {
		return "request-path";
	}

	@Override
	public List<String> variants() {
		return List.of(ALCHEMY, PLAIN, JDBC, RECORDING);
	}

	@Override
	public List<Comparison> comparisons() {
		return List.of(new Comparison("(a)/(b) requests/s", ALCHEMY, PLAIN, Target.atLeast(1.0)),
				new Comparison("(a)/(c) requests/s", ALCHEMY, JDBC, Target.atLeast(0.8)),
				// Issue 5: recording costs under 10%.
				new Comparison("(a')/(a) requests/s, recording on / off", RECORDING, ALCHEMY, Target.atLeast(0.9)));
	}

	@Override
	public void setUp(Scale scale) throws Exception {
		this.roundDuration = scale.duration(Duration.ofSeconds(10), Duration.ofMillis(500));
		TestDatabase database = TestDatabases.postgresql();
		// The quickstart creates its table at start-up (db.createAll()): it goes first.
		this.applications.put(ALCHEMY,
				SpringApps.start(QuickstartApplication.class, "--sqlalchemy.database-uri=" + database.uri()));
		int users = scale.size(1000, 100);
		database.jdbc()
			.update("insert into \"user\" (username, email) select 'user' || lpad(g::text, 6, '0'), "
					+ "case when g % 4 = 0 then null else 'user' || g || '@example.com' end "
					+ "from generate_series(1, ?) g", users);
		database.jdbc().execute("analyze \"user\"");
		// The same quickstart on the same table, every engine wrapped to record its statements.
		this.applications.put(RECORDING, SpringApps.start(QuickstartApplication.class,
				"--sqlalchemy.database-uri=" + database.uri(), "--sqlalchemy.record-queries=true"));
		List<String> datasource = SpringApps.dataSourceArguments(database);
		this.applications.put(PLAIN,
				SpringApps.startPlain(PlainUsersApplication.class, datasource.toArray(String[]::new)));
		List<String> jdbc = new ArrayList<>(datasource);
		// Nothing of JPA in the practical limit: no entity manager, no open-in-view.
		jdbc.add("--spring.autoconfigure.exclude=org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration,"
				+ "org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration");
		this.applications.put(JDBC, SpringApps.startPlain(JdbcUsersApplication.class, jdbc.toArray(String[]::new)));
		this.applications.forEach((variant, application) -> this.loads.put(variant,
				new LoopbackLoad(SpringApps.port(application), PATH, CONNECTIONS)));
		checkRecording();
		checkSameAnswers();
		// Timed warm-up rounds alone leave a variant that answers slowly at first (a busy
		// machine, code the JIT has not compiled yet) colder than the others: each gets the
		// same number of requests first.
		long warmUpRequests = scale.size(30_000, 0);
		for (String variant : variants()) {
			warmUp(this.loads.get(variant), warmUpRequests);
		}
	}

	private static void warmUp(LoopbackLoad load, long requests) throws Exception {
		long deadline = System.nanoTime() + WARM_UP_LIMIT.toNanos();
		long answered = 0;
		while (answered < requests && System.nanoTime() < deadline) {
			answered += load.run(Duration.ofSeconds(2)).ok();
		}
	}

	private void checkRecording() {
		for (String variant : List.of(ALCHEMY, RECORDING)) {
			boolean recording = this.applications.get(variant)
				.getBeanProvider(QueryRecorder.class)
				.getIfAvailable() != null;
			if (recording != variant.equals(RECORDING)) {
				throw new IllegalStateException(variant + (recording ? " records" : " does not record") + " queries");
			}
		}
	}

	private void checkSameAnswers() throws Exception {
		JsonMapper json = JsonMapper.builder().build();
		JsonNode expected = json.readTree(this.loads.get(ALCHEMY).fetchOnce());
		if (expected.get("items").size() != 20) {
			throw new IllegalStateException("The quickstart answered " + expected + " to " + PATH);
		}
		for (String variant : List.of(PLAIN, JDBC, RECORDING)) {
			JsonNode answer = json.readTree(this.loads.get(variant).fetchOnce());
			if (!answer.equals(expected)) {
				throw new IllegalStateException(variant + " does not answer as the quickstart does: " + answer
						+ " instead of " + expected);
			}
		}
	}

	@Override
	public double measure(String variant) throws Exception {
		LoopbackLoad.Result result = this.loads.get(variant).run(this.roundDuration);
		if (result.failed() > 0) {
			throw new IllegalStateException(variant + " failed " + result.failed() + " of "
					+ (result.ok() + result.failed()) + " requests");
		}
		return result.throughput();
	}

	@Override
	public void close() {
		this.applications.values().forEach(ConfigurableApplicationContext::close);
		this.applications.clear();
	}

}
