package dev.alchemy.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.orm.jpa.support.OpenEntityManagerInViewInterceptor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import dev.alchemy.Db;
import dev.alchemy.autoconfigure.fixtures.FixturesApplication;
import dev.alchemy.testsupport.TestDatabase;
import dev.alchemy.testsupport.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Tests for the request-scoped session and the 404 responses in a Spring MVC application.
 */
@SpringBootTest(classes = FixturesApplication.class)
@AutoConfigureMockMvc
class WebTests {

	private static final TestDatabase database = TestDatabases.postgresql();

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("sqlalchemy.database-uri", database::uri);
		registry.add("sqlalchemy.engine-options.pool-size", () -> 2);
	}

	@BeforeEach
	void tables() {
		this.context.getBean(Db.class).createAll();
		database.jdbc().update("delete from \"user\"");
	}

	@Test
	void getOr404AnswersJsonClientsWithProblemDetails() throws Exception {
		this.mvc.perform(get("/users/42").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.title").value("Not Found"))
			.andExpect(jsonPath("$.detail").value("No user 42"));
	}

	@Test
	void getOr404AnswersClientsThatAcceptAnythingWithProblemDetails() throws Exception {
		this.mvc.perform(get("/users/42"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void getOr404SendsBrowsersToTheErrorPage() throws Exception {
		this.mvc.perform(get("/users/42").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect((result) -> assertThat(result.getResponse().getErrorMessage()).isEqualTo("No user 42"));
	}

	@Test
	void eachRequestHasASessionWhoseUncommittedWorkIsDiscarded() throws Exception {
		this.mvc.perform(post("/users").param("username", "ada").param("commit", "false"))
			.andExpect(status().isOk());
		assertThat(database.jdbc().queryForObject("select count(*) from \"user\"", Integer.class)).isZero();
		this.mvc.perform(post("/users").param("username", "grace")).andExpect(status().isOk());
		assertThat(database.jdbc().queryForList("select username from \"user\"", String.class))
			.containsExactly("grace");
	}

	@Test
	void openEntityManagerInViewIsOff() {
		assertThat(this.context.getBeansOfType(OpenEntityManagerInViewInterceptor.class)).isEmpty();
	}

	@Test
	void controllersTakeThePageRequestAsAParameter() throws Exception {
		for (String username : new String[] { "a", "b", "c", "d", "e" }) {
			database.jdbc().update("insert into \"user\" (username) values (?)", username);
		}
		this.mvc.perform(get("/users").param("page", "2").param("per_page", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items").value(org.hamcrest.Matchers.contains("c", "d")))
			.andExpect(jsonPath("$.total").value(5))
			.andExpect(jsonPath("$.pages").value(3));
		this.mvc.perform(get("/users").param("per_page", "99999999999999999999"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.perPage").value(100));
		for (String invalid : new String[] { "abc", "", "2.5", "0", "-1" }) {
			this.mvc.perform(get("/users").param("page", invalid).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		}
		this.mvc.perform(get("/users").param("page", "4").param("per_page", "2").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isNotFound());
	}

}
