package dev.alchemy.recordqueries;

import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.alchemy.Db;
import dev.alchemy.autoconfigure.fixtures.FixturesApplication;
import dev.alchemy.session.SessionScope;
import dev.alchemy.test.databases.TestDatabase;
import dev.alchemy.test.databases.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Tests for query recording in web requests: each request records its own statements,
 * logs a summary and shows up in the {@code recordedqueries} actuator endpoint, without
 * its parameter values.
 */
@SpringBootTest(classes = { FixturesApplication.class, RecordQueriesWebTests.RecordingController.class },
		properties = { "sqlalchemy.record-queries=true", "logging.level.dev.alchemy.recordqueries=DEBUG",
				"management.endpoint.recordedqueries.access=read-only",
				"management.endpoints.web.exposure.include=recordedqueries" })
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class RecordQueriesWebTests {

	private static final TestDatabase database = TestDatabases.postgresql();

	/** Holds two requests until both have run their first statement. */
	static final CyclicBarrier bothRequestsQueried = new CyclicBarrier(2);

	@Autowired
	MockMvc mvc;

	@Autowired
	Db db;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("sqlalchemy.database-uri", database::uri);
		registry.add("sqlalchemy.engine-options.pool-size", () -> 2);
	}

	@Test
	void concurrentRequestsEachSeeOnlyTheirOwnStatements() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<String> ada = threads.submit(() -> recordedParameters("ada"));
			Future<String> grace = threads.submit(() -> recordedParameters("grace"));
			assertThat(ada.get(30, TimeUnit.SECONDS)).isEqualTo("[[ada], [ada]]");
			assertThat(grace.get(30, TimeUnit.SECONDS)).isEqualTo("[[grace], [grace]]");
		}
		finally {
			threads.shutdownNow();
		}
	}

	private String recordedParameters(String name) {
		try {
			return this.mvc.perform(get("/recorded").param("name", name).param("wait", "true"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void eachRequestIsLoggedAndShownByTheEndpointWithoutParameterValues(CapturedOutput output) throws Exception {
		this.mvc.perform(get("/recorded").param("name", "Parameter4711")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/recordedqueries"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.scopes[0].name").value("GET /recorded"))
			.andExpect(jsonPath("$.scopes[0].queries").value(2))
			.andExpect(jsonPath("$.scopes[0].dropped").value(0))
			.andExpect(jsonPath("$.scopes[0].startTime").isNotEmpty())
			.andExpect(jsonPath("$.scopes[0].totalDuration").isNotEmpty())
			.andExpect(jsonPath("$.scopes[0].repeatedStatements").isEmpty())
			.andExpect(jsonPath("$.scopes[0].statements[0].count").value(2))
			.andExpect(jsonPath("$.scopes[0].statements[0].bind").value("default"))
			.andExpect(jsonPath("$.scopes[0].statements[0].statement").value("select ? || ?"))
			.andExpect((result) -> assertThat(result.getResponse().getContentAsString())
				.doesNotContain("Parameter4711"));
		assertThat(output).contains("GET /recorded: 2 queries in ").doesNotContain("Parameter4711");
	}

	@Test
	void aRequestRunInTheTestsScopeIsRecordedThere() throws Exception {
		try (SessionScope scope = this.db.openScope()) {
			this.mvc.perform(get("/recorded").param("name", "ada")).andExpect(status().isOk());
			assertThat(this.db.recordedQueries()).extracting(QueryInfo::statement)
				.containsExactly("select ? || ?", "select ? || ?");
		}
	}

	@RestController
	static class RecordingController {

		private final Db db;

		RecordingController(Db db) {
			this.db = db;
		}

		@GetMapping("/recorded")
		String recorded(@RequestParam String name, @RequestParam(defaultValue = "false") boolean wait)
				throws Exception {
			JdbcTemplate jdbc = new JdbcTemplate(this.db.engine());
			jdbc.queryForObject("select ? || ?", String.class, name, "");
			if (wait) {
				bothRequestsQueried.await(20, TimeUnit.SECONDS);
			}
			jdbc.queryForObject("select ? || ?", String.class, name, "");
			List<List<Object>> parameters = this.db.recordedQueries()
				.stream()
				.map((query) -> query.parameters().get(0).subList(0, 1))
				.toList();
			return parameters.toString();
		}

	}

}
