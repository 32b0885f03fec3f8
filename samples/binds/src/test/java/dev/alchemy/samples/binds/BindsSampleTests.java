package dev.alchemy.samples.binds;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.function.SingletonSupplier;

import dev.alchemy.Db;
import dev.alchemy.samples.binds.auth.Account;
import dev.alchemy.test.databases.TestDatabase;
import dev.alchemy.test.databases.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample on three fresh databases: PostgreSQL for the default bind, MariaDB for
 * {@code auth} and an SQLite file for {@code meta}. Rows are checked in each database
 * directly through {@link TestDatabase#jdbc()}, never only through the application.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class BindsSampleTests {

	@TempDir
	static Path sqliteDirectory;

	private static final Supplier<TestDatabase> postgresqlDatabase = SingletonSupplier.of(TestDatabases::postgresql);

	private static final Supplier<TestDatabase> mariadbDatabase = SingletonSupplier.of(TestDatabases::mariadb);

	private static final Supplier<TestDatabase> sqliteDatabase = SingletonSupplier
		.of(() -> TestDatabases.sqlite(sqliteDirectory));

	/** Makes the audit log refuse every write, as a full disk or a broken file would. */
	private static final String REFUSE_AUDIT = "create trigger binds_audit_refused before insert on binds_audit_entry"
			+ " begin select raise(abort, 'the audit log refuses writes'); end";

	@DynamicPropertySource
	static void databaseUris(DynamicPropertyRegistry registry) {
		registry.add("sqlalchemy.database-uri", () -> postgresqlDatabase.get().uri());
		registry.add("sqlalchemy.binds.auth", () -> mariadbDatabase.get().uri());
		registry.add("sqlalchemy.binds.meta.uri", () -> sqliteDatabase.get().uri());
	}

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Db db;

	@BeforeEach
	void emptyTables() {
		sqlite().execute("drop trigger if exists binds_audit_refused");
		postgresql().update("delete from binds_note");
		mariadb().update("delete from binds_account");
		sqlite().update("delete from binds_audit_entry");
	}

	// Writing to two databases at once

	@Test
	void noteFormWritesTheNoteToPostgresqlAndItsAuditEntryToSqlite() {
		long ada = insertAccount("ada", "Ada Lovelace");
		MvcTestResult result = this.mvc.post()
			.uri("/notes")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("authorId", String.valueOf(ada))
			.param("title", "Engines")
			.param("body", "It weaves algebraic patterns.")
			.exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/notes");
		Map<String, Object> note = postgresql().queryForMap("select id, title, body, author_id from binds_note");
		assertThat(note).containsEntry("title", "Engines")
			.containsEntry("body", "It weaves algebraic patterns.")
			.containsEntry("author_id", ada);
		assertThat(sqlite().queryForList("select action || ' ' || detail from binds_audit_entry", String.class))
			.containsExactly("note.created ada wrote note " + note.get("id") + ": Engines");
		assertThat(rows(mariadb(), "binds_account")).isOne();
	}

	@Test
	void noteFormWritesNothingAnywhereWhenTheAuditEntryIsRefused() {
		long ada = insertAccount("ada", "Ada Lovelace");
		sqlite().execute(REFUSE_AUDIT);
		Long lastNoteId = lastNoteId();
		MvcTestResult result = this.mvc.post()
			.uri("/notes")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("authorId", String.valueOf(ada))
			.param("title", "Lost")
			.exchange();
		assertThat(result).hasFailed()
			.failure()
			.cause()
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("the audit log refuses writes");
		// PostgreSQL had inserted the note (its identity moved on) when SQLite refused the
		// audit entry: the transaction across both rolled the note back.
		assertThat(lastNoteId()).isNotEqualTo(lastNoteId);
		assertThat(rows(postgresql(), "binds_note")).isZero();
		assertThat(rows(sqlite(), "binds_audit_entry")).isZero();
	}

	@Test
	void accountFormWritesTheAccountToMariadbAndItsAuditEntryToSqlite() {
		MvcTestResult result = this.mvc.post()
			.uri("/accounts")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("username", "grace")
			.param("displayName", "Grace Hopper")
			.exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/accounts");
		assertThat(mariadb().queryForMap("select username, display_name from binds_account"))
			.containsEntry("username", "grace")
			.containsEntry("display_name", "Grace Hopper");
		assertThat(sqlite().queryForList("select action || ' ' || detail from binds_audit_entry", String.class))
			.containsExactly("account.created account grace (Grace Hopper) created");
	}

	@Test
	void accountFormWritesNothingAnywhereWhenTheAuditEntryIsRefused() {
		sqlite().execute(REFUSE_AUDIT);
		MvcTestResult result = this.mvc.post()
			.uri("/accounts")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("username", "grace")
			.param("displayName", "Grace Hopper")
			.exchange();
		assertThat(result).hasFailed().failure().cause().isInstanceOf(DataIntegrityViolationException.class);
		assertThat(rows(mariadb(), "binds_account")).isZero();
		assertThat(rows(sqlite(), "binds_audit_entry")).isZero();
	}

	@Test
	void takenUsernameAnswers409AndWritesNoAuditEntry() {
		insertAccount("ada", "Ada Lovelace");
		assertThat(createAccount("{\"username\": \"ada\", \"displayName\": \"Another Ada\"}"))
			.hasStatus(HttpStatus.CONFLICT)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.isLenientlyEqualTo("{\"status\": 409, \"detail\": \"The username 'ada' is already taken.\"}");
		assertThat(this.mvc.post()
			.uri("/accounts")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("username", "ada")
			.param("displayName", "Another Ada")
			.accept(MediaType.TEXT_HTML)).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("role=\"alert\"", "already taken", "value=\"Another Ada\"");
		assertThat(mariadb().queryForList("select display_name from binds_account", String.class))
			.containsExactly("Ada Lovelace");
		assertThat(rows(sqlite(), "binds_audit_entry")).isZero();
	}

	// JSON API

	@Test
	void apiWritesANoteAndAnswers201WithItsAuthor() {
		long ada = insertAccount("ada", "Ada Lovelace");
		MvcTestResult result = writeNote("{\"title\": \"Engines\", \"body\": \"b\", \"authorId\": " + ada + "}");
		Map<String, Object> stored = postgresql().queryForMap("select id, created_at from binds_note");
		Object id = stored.get("id");
		Instant createdAt = ((Timestamp) stored.get("created_at")).toInstant();
		assertThat(result).hasStatus(HttpStatus.CREATED)
			.hasHeader("Location", "http://localhost/api/notes/" + id)
			.bodyJson()
			.isStrictlyEqualTo("{\"id\": " + id + ", \"title\": \"Engines\", \"body\": \"b\", \"authorId\": " + ada
					+ ", \"author\": \"Ada Lovelace\", \"createdAt\": \"" + createdAt + "\"}");
		assertThat(this.mvc.get().uri("/api/notes/{id}", id).accept(MediaType.APPLICATION_JSON)).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("{\"id\": " + id + ", \"author\": \"Ada Lovelace\"}");
		assertThat(rows(sqlite(), "binds_audit_entry")).isOne();
	}

	@Test
	void apiCreatesAnAccountAndAnswers201() {
		MvcTestResult result = createAccount("{\"username\": \"grace\", \"displayName\": \"Grace Hopper\"}");
		long id = mariadb().queryForObject("select id from binds_account", Long.class);
		assertThat(result).hasStatus(HttpStatus.CREATED)
			.hasHeader("Location", "http://localhost/api/accounts/" + id)
			.bodyJson()
			.isStrictlyEqualTo("{\"id\": " + id + ", \"username\": \"grace\", \"displayName\": \"Grace Hopper\"}");
		assertThat(this.mvc.get().uri("/api/accounts")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("[{\"id\": " + id + ", \"username\": \"grace\", \"displayName\": \"Grace Hopper\"}]");
	}

	static List<String> invalidNotes() {
		return List.of("{}", "{\"title\": \" \", \"authorId\": 1}", "{\"title\": \"t\"}",
				"{\"title\": \"" + "t".repeat(Note.MAX_TITLE_LENGTH + 1) + "\", \"authorId\": 1}");
	}

	@ParameterizedTest
	@MethodSource("invalidNotes")
	void invalidNoteAnswers400AndWritesNothing(String json) {
		assertThat(writeNote(json)).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.isLenientlyEqualTo("{\"status\": 400, \"title\": \"Bad Request\"}");
		assertThat(rows(postgresql(), "binds_note")).isZero();
		assertThat(rows(sqlite(), "binds_audit_entry")).isZero();
	}

	static List<String> invalidAccounts() {
		return List.of("{}", "{\"username\": \"ada\"}", "{\"username\": \"Ada Lovelace\", \"displayName\": \"A\"}",
				"{\"username\": \"" + "a".repeat(Account.MAX_USERNAME_LENGTH + 1) + "\", \"displayName\": \"A\"}");
	}

	@ParameterizedTest
	@MethodSource("invalidAccounts")
	void invalidAccountAnswers400AndWritesNothing(String json) {
		assertThat(createAccount(json)).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(rows(mariadb(), "binds_account")).isZero();
		assertThat(rows(sqlite(), "binds_audit_entry")).isZero();
	}

	@Test
	void noteOfAnUnknownAuthorAnswers400AndWritesNothing() {
		long ada = insertAccount("ada", "Ada Lovelace");
		assertThat(writeNote("{\"title\": \"t\", \"authorId\": " + (ada + 1000) + "}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.isLenientlyEqualTo("{\"detail\": \"There is no account with id " + (ada + 1000) + ".\"}");
		assertThat(rows(postgresql(), "binds_note")).isZero();
		assertThat(rows(sqlite(), "binds_audit_entry")).isZero();
	}

	@Test
	void unknownIdsAnswer404WithProblemDetails() {
		assertThat(this.mvc.get().uri("/api/notes/42").accept(MediaType.APPLICATION_JSON))
			.hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.isLenientlyEqualTo("{\"status\": 404, \"title\": \"Not Found\"}");
		assertThat(this.mvc.get().uri("/api/accounts/42").accept(MediaType.APPLICATION_JSON))
			.hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	// HTML pages

	@Test
	void notesPageShowsNotesWithAuthorNamesFromMariadbAndTheAuditLogFromSqlite() {
		long ada = insertAccount("ada", "Ada Lovelace");
		long grace = insertAccount("grace", "Grace Hopper");
		insertNote("Older note", ada, Instant.parse("2025-01-01T09:00:00Z"));
		insertNote("Newer note", grace, Instant.parse("2025-01-02T10:30:00Z"));
		insertNote("Orphan note", ada + grace + 1000, Instant.parse("2024-12-31T08:00:00Z"));
		sqlite().update("insert into binds_audit_entry (action, detail, at) values (?, ?, ?)", "note.imported",
				"three notes imported", Instant.parse("2025-01-02T11:00:00Z").toEpochMilli());
		assertThat(this.mvc.get().uri("/notes").accept(MediaType.TEXT_HTML)).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.TEXT_HTML)
			.bodyText()
			.containsSubsequence("<h3>Newer note</h3>", "<span class=\"author\">Grace Hopper</span>",
					"2025-01-02 10:30 UTC", "<h3>Older note</h3>", "<span class=\"author\">Ada Lovelace</span>",
					"<h3>Orphan note</h3>", "account " + (ada + grace + 1000))
			.contains("<option value=\"" + ada + "\">Ada Lovelace (ada)</option>")
			.contains("<code>note.imported</code>", "three notes imported");
	}

	@Test
	void notesPageOfEmptyDatabasesSaysWhatToDoFirst() {
		assertThat(this.mvc.get().uri("/notes").accept(MediaType.TEXT_HTML)).hasStatusOk()
			.bodyText()
			.contains("No notes yet.", "create an account", "Nothing yet.")
			.doesNotContain("<form");
	}

	@Test
	void noteFormShowsThePageAgainForABlankTitle() {
		long ada = insertAccount("ada", "Ada Lovelace");
		assertThat(this.mvc.post()
			.uri("/notes")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("authorId", String.valueOf(ada))
			.param("title", " ")
			.param("body", "kept")
			.accept(MediaType.TEXT_HTML)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("role=\"alert\"", "A title is required.", ">kept</textarea>",
					"<option value=\"" + ada + "\" selected=\"selected\">");
		assertThat(rows(postgresql(), "binds_note")).isZero();
	}

	@Test
	void accountsPageListsTheAccounts() {
		insertAccount("grace", "Grace Hopper");
		insertAccount("ada", "Ada Lovelace");
		assertThat(this.mvc.get().uri("/accounts").accept(MediaType.TEXT_HTML)).hasStatusOk()
			.bodyText()
			.containsSubsequence("Ada Lovelace", "Grace Hopper")
			.contains("<form method=\"post\" action=\"/accounts\">");
	}

	// Engines, migrations, health

	@Test
	void eachDatabaseWasMigratedFromItsOwnFolder() {
		assertThat(scripts(postgresql(), "true")).containsExactly("V1__notes.sql");
		assertThat(scripts(mariadb(), "1")).containsExactly("V1__accounts.sql");
		assertThat(scripts(sqlite(), "1")).containsExactly("V1__audit.sql");
	}

	@Test
	void eachBindHasAPoolNamedAfterIt() {
		Map<String, DataSource> engines = this.db.engines();
		assertThat(engines).containsOnlyKeys("default", "auth", "meta");
		engines.forEach((key, engine) -> assertThat(pool(engine).getPoolName()).isEqualTo(key));
		assertThat(pool(this.db.engine("meta")).getMaximumPoolSize()).isOne();
	}

	@Test
	void healthHasOneComponentPerBind() {
		assertThat(this.mvc.get().uri("/actuator/health")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("{\"status\": \"UP\", \"components\": {\"db\": {\"status\": \"UP\", \"components\": {"
					+ "\"dataSource\": {\"status\": \"UP\", \"details\": {\"database\": \"PostgreSQL\"}},"
					+ " \"authDataSource\": {\"status\": \"UP\", \"details\": {\"database\": \"MariaDB\"}},"
					+ " \"metaDataSource\": {\"status\": \"UP\", \"details\": {\"database\": \"SQLite\"}}}}}}")
			.extractingPath("$.components.db.components")
			.asMap()
			.containsOnlyKeys("dataSource", "authDataSource", "metaDataSource");
	}

	// Helpers

	private MvcTestResult writeNote(String json) {
		return this.mvc.post()
			.uri("/api/notes")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	private MvcTestResult createAccount(String json) {
		return this.mvc.post()
			.uri("/api/accounts")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	private long insertAccount(String username, String displayName) {
		mariadb().update("insert into binds_account (username, display_name) values (?, ?)", username, displayName);
		return mariadb().queryForObject("select id from binds_account where username = ?", Long.class, username);
	}

	private void insertNote(String title, long authorId, Instant createdAt) {
		postgresql().update("insert into binds_note (title, body, author_id, created_at) values (?, '', ?, ?)", title,
				authorId, Timestamp.from(createdAt));
	}

	/** The last id PostgreSQL handed out for a note, or {@code null} before the first. */
	private static @Nullable Long lastNoteId() {
		return postgresql().queryForObject("select pg_sequence_last_value(pg_get_serial_sequence('binds_note', 'id'))",
				Long.class);
	}

	private static List<String> scripts(JdbcTemplate jdbc, String successful) {
		return jdbc
			.queryForList("select script from flyway_schema_history where success = " + successful
					+ " order by installed_rank", String.class);
	}

	private static int rows(JdbcTemplate jdbc, String table) {
		return jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

	private static HikariDataSource pool(DataSource engine) {
		try {
			return engine.unwrap(HikariDataSource.class);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static JdbcTemplate postgresql() {
		return postgresqlDatabase.get().jdbc();
	}

	private static JdbcTemplate mariadb() {
		return mariadbDatabase.get().jdbc();
	}

	private static JdbcTemplate sqlite() {
		return sqliteDatabase.get().jdbc();
	}

}
