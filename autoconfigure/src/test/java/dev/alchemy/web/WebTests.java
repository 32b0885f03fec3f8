package dev.alchemy.web;

import com.jayway.jsonpath.JsonPath;
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
import dev.alchemy.test.databases.TestDatabase;
import dev.alchemy.test.databases.TestDatabases;

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

	@Test
	void keysetPagesFollowTheCursorParameterAndRefuseABadOneWithA404() throws Exception {
		for (String username : new String[] { "e", "d", "c", "b", "a" }) {
			database.jdbc().update("insert into \"user\" (username) values (?)", username);
		}
		String first = this.mvc.perform(get("/users/by-key").param("per_page", "2"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// The whole shape, in order: Pagination's names where they apply, and the cursors.
		assertThat(first).matches("\\{\"items\":\\[\"a\",\"b\"],\"perPage\":2,\"total\":null,\"hasPrev\":false,"
				+ "\"hasNext\":true,\"prevCursor\":null,\"nextCursor\":\"[A-Za-z0-9_-]+\"}");
		String next = cursor(first, "$.nextCursor");
		assertThat(next).matches("[A-Za-z0-9_-]+");
		String second = this.mvc.perform(get("/users/by-key").param("per_page", "2").param("cursor", next))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items").value(org.hamcrest.Matchers.contains("c", "d")))
			.andExpect(jsonPath("$.hasPrev").value(true))
			.andExpect(jsonPath("$.hasNext").value(true))
			.andReturn()
			.getResponse()
			.getContentAsString();
		this.mvc.perform(get("/users/by-key").param("per_page", "2").param("cursor", cursor(second, "$.prevCursor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items").value(org.hamcrest.Matchers.contains("a", "b")))
			.andExpect(jsonPath("$.hasPrev").value(false));
		this.mvc.perform(get("/users/by-key").param("per_page", "2").param("cursor", cursor(second, "$.nextCursor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items").value(org.hamcrest.Matchers.contains("e")))
			.andExpect(jsonPath("$.hasNext").value(false))
			.andExpect(jsonPath("$.nextCursor").doesNotExist());
		// An empty cursor is no cursor: the first page.
		this.mvc.perform(get("/users/by-key").param("cursor", ""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0]").value("a"));
		// The fourth character holds bits of the key's checksum.
		String tampered = next.substring(0, 3) + ((next.charAt(3) == 'A') ? 'B' : 'A') + next.substring(4);
		for (String invalid : new String[] { "abc", "%%%", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcA", tampered,
				next + next }) {
			this.mvc.perform(get("/users/by-key").param("cursor", invalid).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail").value("Invalid cursor parameter"));
		}
	}

	private static String cursor(String json, String path) {
		return JsonPath.read(json, path);
	}

}
