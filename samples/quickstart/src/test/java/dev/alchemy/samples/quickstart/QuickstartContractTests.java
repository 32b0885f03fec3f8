package dev.alchemy.samples.quickstart;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

import dev.alchemy.test.databases.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quickstart's HTTP contract ({@code quickstart-contract.md}) and its HTML pages,
 * run against one database per subclass. Rows are checked directly through
 * {@link TestDatabase#jdbc()}, never only through the application.
 *
 * @author Alchemy team
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
abstract class QuickstartContractTests {

	private static final int USER_COUNT = 125;

	@Autowired
	private MockMvcTester mvc;

	/**
	 * The database the application runs on.
	 * @return the database
	 */
	protected abstract TestDatabase database();

	/**
	 * The name of the users' table, quoted the way this database quotes it.
	 * @return the quoted name
	 */
	protected abstract String quotedUserTable();

	@BeforeEach
	void emptyUserTable() {
		jdbc().update("delete from " + quotedUserTable());
	}

	// JSON API: create

	@Test
	void createAnswers201WithTheUserAndItsLocation() {
		MvcTestResult result = createUser("{\"username\": \"ada\", \"email\": \"ada@example.com\"}");
		long id = idOf("ada");
		assertThat(result).hasStatus(HttpStatus.CREATED)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.hasHeader("Location", "http://localhost/api/users/" + id)
			.bodyJson()
			.isStrictlyEqualTo("{\"id\": " + id + ", \"username\": \"ada\", \"email\": \"ada@example.com\"}");
		assertThat(jdbc().queryForMap("select username, email from " + quotedUserTable() + " where id = ?", id))
			.containsEntry("username", "ada")
			.containsEntry("email", "ada@example.com");
	}

	@Test
	void createWithoutEmailStoresNull() {
		MvcTestResult result = createUser("{\"username\": \"bob\"}");
		long id = idOf("bob");
		assertThat(result).hasStatus(HttpStatus.CREATED)
			.bodyJson()
			.isStrictlyEqualTo("{\"id\": " + id + ", \"username\": \"bob\", \"email\": null}");
		assertThat(jdbc().queryForObject("select email from " + quotedUserTable() + " where id = ?", String.class, id))
			.isNull();
	}

	@Test
	void tableIsNamedUser() {
		assertThat(createUser("{\"username\": \"ada\"}")).hasStatus(HttpStatus.CREATED);
		assertThat(userCount()).isOne();
		assertThat(userTableNames()).containsExactly("user");
	}

	@Test
	void duplicateUsernameAnswers409AndWritesNothing() {
		assertThat(createUser("{\"username\": \"ada\", \"email\": \"first@example.com\"}"))
			.hasStatus(HttpStatus.CREATED);
		assertThat(createUser("{\"username\": \"ada\", \"email\": \"second@example.com\"}"))
			.hasStatus(HttpStatus.CONFLICT)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.isLenientlyEqualTo("{\"status\": 409, \"title\": \"Conflict\"}");
		assertThat(userCount()).isOne();
		assertThat(jdbc().queryForObject("select email from " + quotedUserTable(), String.class))
			.isEqualTo("first@example.com");
	}

	@Test
	void sessionWorksAfterADuplicateWasRefused() {
		assertThat(createUser("{\"username\": \"ada\"}")).hasStatus(HttpStatus.CREATED);
		assertThat(createUser("{\"username\": \"ada\"}")).hasStatus(HttpStatus.CONFLICT);
		assertThat(createUser("{\"username\": \"bob\"}")).hasStatus(HttpStatus.CREATED);
		assertThat(usernames()).containsExactly("ada", "bob");
	}

	@ParameterizedTest
	@ValueSource(strings = { "{}", "{\"email\": \"a@example.com\"}", "{\"username\": null}", "{\"username\": \"\"}",
			"{\"username\": \"   \", \"email\": \"a@example.com\"}" })
	void missingOrBlankUsernameAnswers400AndWritesNothing(String body) {
		assertThat(createUser(body)).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.isLenientlyEqualTo("{\"status\": 400, \"title\": \"Bad Request\"}");
		assertThat(userCount()).isZero();
	}

	@Test
	void usernameLongerThanTheColumnAnswers400AndWritesNothing() {
		assertThat(createUser("{\"username\": \"" + "a".repeat(User.MAX_LENGTH + 1) + "\"}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(userCount()).isZero();
	}

	// JSON API: detail and delete

	@Test
	void detailAnswersTheUser() {
		insertUsers(3);
		long id = idOf("user-001");
		assertThat(this.mvc.get().uri("/api/users/{id}", id).accept(MediaType.APPLICATION_JSON))
			.hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(userJson("user-001"));
	}

	@Test
	void unknownIdAnswers404WithProblemDetails() {
		insertUsers(1);
		long unknown = idOf("user-000") + 1000;
		assertThat(this.mvc.get().uri("/api/users/{id}", unknown).accept(MediaType.APPLICATION_JSON))
			.hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.isLenientlyEqualTo("{\"status\": 404, \"title\": \"Not Found\"}");
		assertThat(this.mvc.delete().uri("/api/users/{id}", unknown).accept(MediaType.APPLICATION_JSON))
			.hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(this.mvc.get().uri("/api/users/{id}", unknown).accept(MediaType.ALL))
			.hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(userCount()).isOne();
	}

	@ParameterizedTest
	@ValueSource(strings = { "abc", "1.5", "-1", "0x1", "99999999999999999999" })
	void idThatIsNotANumberAnswers404(String id) {
		insertUsers(1);
		assertThat(this.mvc.get().uri("/api/users/" + id).accept(MediaType.APPLICATION_JSON))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.delete().uri("/api/users/" + id).accept(MediaType.APPLICATION_JSON))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/user/" + id).accept(MediaType.TEXT_HTML)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(userCount()).isOne();
	}

	@Test
	void deleteAnswers204ThenTheUserIsGone() {
		insertUsers(2);
		long id = idOf("user-000");
		assertThat(this.mvc.delete().uri("/api/users/{id}", id)).hasStatus(HttpStatus.NO_CONTENT).body().isEmpty();
		assertThat(usernames()).containsExactly("user-001");
		assertThat(this.mvc.get().uri("/api/users/{id}", id).accept(MediaType.APPLICATION_JSON))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.delete().uri("/api/users/{id}", id).accept(MediaType.APPLICATION_JSON))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(usernames()).containsExactly("user-001");
	}

	// JSON API: list

	@Test
	void listAnswersTheFirstPageOrderedByUsername() {
		insertUsers(USER_COUNT);
		assertThat(this.mvc.get().uri("/api/users")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("{\"items\": " + itemsJson(0, 20)
					+ ", \"page\": 1, \"perPage\": 20, \"total\": 125, \"pages\": 7, \"hasPrev\": false,"
					+ " \"hasNext\": true, \"prevNum\": null, \"nextNum\": 2, \"first\": 1, \"last\": 20,"
					+ " \"iterPages\": [1, 2, 3, 4, 5, 6, 7]}");
	}

	@Test
	void listAnswersTheLastPage() {
		insertUsers(USER_COUNT);
		assertThat(this.mvc.get().uri("/api/users?page=7")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("{\"items\": " + itemsJson(120, 125)
					+ ", \"page\": 7, \"perPage\": 20, \"total\": 125, \"pages\": 7, \"hasPrev\": true,"
					+ " \"hasNext\": false, \"prevNum\": 6, \"nextNum\": null, \"first\": 121, \"last\": 125,"
					+ " \"iterPages\": [1, 2, null, 5, 6, 7]}");
	}

	@Test
	void listAnswersAPageOfTheRequestedSize() {
		insertUsers(USER_COUNT);
		assertThat(this.mvc.get().uri("/api/users?page=1&per_page=10")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("{\"items\": " + itemsJson(0, 10)
					+ ", \"page\": 1, \"perPage\": 10, \"total\": 125, \"pages\": 13, \"hasPrev\": false,"
					+ " \"hasNext\": true, \"prevNum\": null, \"nextNum\": 2, \"first\": 1, \"last\": 10,"
					+ " \"iterPages\": [1, 2, 3, 4, 5, null, 12, 13]}");
		assertThat(this.mvc.get().uri("/api/users?page=7&per_page=10")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("{\"items\": " + itemsJson(60, 70) + ", \"first\": 61, \"last\": 70,"
					+ " \"iterPages\": [1, 2, null, 5, 6, 7, 8, 9, 10, 11, 12, 13]}");
	}

	@Test
	void listCapsPerPageAt100() {
		insertUsers(USER_COUNT);
		assertThat(this.mvc.get().uri("/api/users?per_page=500")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("{\"items\": " + itemsJson(0, 100)
					+ ", \"page\": 1, \"perPage\": 100, \"total\": 125, \"pages\": 2, \"last\": 100}");
	}

	@Test
	void listOfAnEmptyTableAnswersAnEmptyFirstPage() {
		assertThat(this.mvc.get().uri("/api/users?page=1")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("{\"items\": [], \"page\": 1, \"perPage\": 20, \"total\": 0, \"pages\": 0,"
					+ " \"hasPrev\": false, \"hasNext\": false, \"prevNum\": null, \"nextNum\": null,"
					+ " \"first\": 0, \"last\": 0, \"iterPages\": []}");
		assertThat(this.mvc.get().uri("/api/users?page=2").accept(MediaType.APPLICATION_JSON))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@ParameterizedTest
	@ValueSource(strings = { "page=0", "page=-1", "page=abc", "page=2.5", "page=", "page=8", "page=99999999999",
			"per_page=0", "per_page=-1", "per_page=abc", "per_page=2.5", "per_page=", "page=14&per_page=10" })
	void listAnswers404ForAnInvalidOrPastTheEndPage(String query) {
		insertUsers(USER_COUNT);
		assertThat(this.mvc.get().uri("/api/users?" + query).accept(MediaType.APPLICATION_JSON))
			.hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	// HTML pages

	@Test
	void usersPageListsTheUsersOfThePageWithAPageWidget() {
		insertUsers(USER_COUNT);
		assertThat(this.mvc.get().uri("/users?page=2&per_page=10").accept(MediaType.TEXT_HTML)).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.TEXT_HTML)
			.bodyText()
			.contains(">user-010</a>", ">user-019</a>", "href=\"/user/" + idOf("user-010") + "\"")
			.doesNotContain("user-009", "user-020")
			.contains("<nav aria-label=\"Pagination\">")
			.contains("<strong aria-current=\"page\">2</strong>")
			.contains("href=\"/users?page=1&amp;per_page=10\">1</a>")
			.contains("href=\"/users?page=6&amp;per_page=10\">6</a>")
			.doesNotContain("href=\"/users?page=7&amp;per_page=10\">7</a>")
			.contains("…")
			.contains("href=\"/users?page=13&amp;per_page=10\">13</a>")
			.contains("rel=\"prev\" href=\"/users?page=1&amp;per_page=10\"")
			.contains("rel=\"next\" href=\"/users?page=3&amp;per_page=10\"");
	}

	@Test
	void pageWidgetLinksKeepTheOtherQueryParametersEncoded() {
		insertUsers(USER_COUNT);
		assertThat(this.mvc.get().uri("/users?q={q}&per_page=10&page=2", "<b> & x").accept(MediaType.TEXT_HTML))
			.hasStatusOk()
			.bodyText()
			.contains("rel=\"next\" href=\"/users?page=3&amp;q=%3Cb%3E%20%26%20x&amp;per_page=10\"")
			.doesNotContain("<b> & x");
	}

	@Test
	void usersPageOfAnEmptyTableSaysSo() {
		assertThat(this.mvc.get().uri("/users").accept(MediaType.TEXT_HTML)).hasStatusOk()
			.bodyText()
			.contains("No users yet.");
	}

	@Test
	void usersPageAnswers404ForAPagePastTheEnd() {
		insertUsers(3);
		assertThat(this.mvc.get().uri("/users?page=2").accept(MediaType.TEXT_HTML)).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void createFormHasLabelledFields() {
		assertThat(this.mvc.get().uri("/users/create").accept(MediaType.TEXT_HTML)).hasStatusOk()
			.bodyText()
			.contains("<form method=\"post\" action=\"/users/create\">")
			.contains("<label for=\"username\">")
			.contains("id=\"username\" name=\"username\"")
			.contains("<label for=\"email\">");
	}

	@Test
	void createFormRedirectsToTheNewUser() {
		MvcTestResult result = this.mvc.post()
			.uri("/users/create")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("username", "ada")
			.param("email", "")
			.exchange();
		long id = idOf("ada");
		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/user/" + id);
		assertThat(jdbc().queryForObject("select email from " + quotedUserTable() + " where id = ?", String.class, id))
			.isNull();
		assertThat(this.mvc.get().uri("/user/{id}", id).accept(MediaType.TEXT_HTML)).hasStatusOk()
			.bodyText()
			.contains("<h1>ada</h1>");
	}

	@Test
	void createFormShowsTheFormAgainForADuplicate() {
		insertUsers(1);
		assertThat(this.mvc.post()
			.uri("/users/create")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("username", "user-000")
			.param("email", "again@example.com")
			.accept(MediaType.TEXT_HTML)).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("role=\"alert\"", "already taken")
			.contains("value=\"user-000\"", "value=\"again@example.com\"");
		assertThat(userCount()).isOne();
	}

	@Test
	void createFormShowsTheFormAgainForABlankUsername() {
		assertThat(this.mvc.post()
			.uri("/users/create")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("username", " ")
			.accept(MediaType.TEXT_HTML)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("role=\"alert\"", "A username is required.");
		assertThat(userCount()).isZero();
	}

	@Test
	void deletePagesConfirmThenDelete() {
		insertUsers(2);
		long id = idOf("user-000");
		assertThat(this.mvc.get().uri("/user/{id}/delete", id).accept(MediaType.TEXT_HTML)).hasStatusOk()
			.bodyText()
			.contains("Delete user-000?", "<form method=\"post\" action=\"/user/" + id + "/delete\">");
		assertThat(usernames()).containsExactly("user-000", "user-001");
		assertThat(this.mvc.post().uri("/user/{id}/delete", id).accept(MediaType.TEXT_HTML))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/users");
		assertThat(usernames()).containsExactly("user-001");
		assertThat(this.mvc.get().uri("/user/{id}", id).accept(MediaType.TEXT_HTML)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post().uri("/user/{id}/delete", id).accept(MediaType.TEXT_HTML))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	// Helpers

	private MvcTestResult createUser(String json) {
		return this.mvc.post()
			.uri("/api/users")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	/**
	 * Insert users {@code user-000}, {@code user-001}, ... directly, in an order that is
	 * not the username order, so that ids and usernames sort differently. Every third
	 * user has no email.
	 */
	private void insertUsers(int count) {
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int n = (count - 1) - i;
			rows.add(new Object[] { username(n), email(n) });
		}
		// One transaction: SQLite syncs its file once per transaction.
		new TransactionTemplate(new DataSourceTransactionManager(database().dataSource())).executeWithoutResult(
				(status) -> jdbc().batchUpdate("insert into " + quotedUserTable() + " (username, email) values (?, ?)",
						rows));
	}

	private static String username(int n) {
		return String.format("user-%03d", n);
	}

	private static @Nullable String email(int n) {
		return (n % 3 == 0) ? null : username(n) + "@example.com";
	}

	/** The JSON items of users {@code from} (inclusive) to {@code to} (exclusive). */
	private String itemsJson(int from, int to) {
		Map<String, Long> ids = jdbc().query("select id, username from " + quotedUserTable(), (rs) -> {
			Map<String, Long> byName = new HashMap<>();
			while (rs.next()) {
				byName.put(rs.getString("username"), rs.getLong("id"));
			}
			return byName;
		});
		List<String> items = new ArrayList<>();
		for (int n = from; n < to; n++) {
			items.add(userJson(ids.get(username(n)), username(n), email(n)));
		}
		return items.stream().collect(Collectors.joining(", ", "[", "]"));
	}

	private String userJson(String username) {
		int n = Integer.parseInt(username.substring("user-".length()));
		return userJson(idOf(username), username, email(n));
	}

	private static String userJson(@Nullable Long id, String username, @Nullable String email) {
		return "{\"id\": " + id + ", \"username\": \"" + username + "\", \"email\": "
				+ ((email != null) ? "\"" + email + "\"" : "null") + "}";
	}

	private long idOf(String username) {
		Long id = jdbc().queryForObject("select id from " + quotedUserTable() + " where username = ?", Long.class,
				username);
		assertThat(id).isNotNull();
		return id;
	}

	private int userCount() {
		Integer count = jdbc().queryForObject("select count(*) from " + quotedUserTable(), Integer.class);
		return (count != null) ? count : -1;
	}

	private List<String> usernames() {
		return jdbc().queryForList("select username from " + quotedUserTable() + " order by username", String.class);
	}

	/** The names of the tables whose name is some casing of "user", as the database reports them. */
	private List<String> userTableNames() {
		return jdbc().execute((Connection connection) -> {
			List<String> names = new ArrayList<>();
			try (ResultSet tables = connection.getMetaData()
				.getTables(connection.getCatalog(), null, "%", new String[] { "TABLE" })) {
				while (tables.next()) {
					String name = tables.getString("TABLE_NAME");
					if (name.equalsIgnoreCase("user")) {
						names.add(name);
					}
				}
			}
			return names;
		});
	}

	private JdbcTemplate jdbc() {
		return database().jdbc();
	}

}
