package dev.alchemy.samples.binds;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.transaction.AfterTransaction;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dev.alchemy.Db;
import dev.alchemy.samples.binds.auth.Account;
import dev.alchemy.samples.binds.auth.AccountRepository;
import dev.alchemy.test.AlchemyTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The sample's services under {@code @AlchemyTest}: PostgreSQL, MariaDB and SQLite
 * replaced by fresh test databases (a local server, a container or an embedded server,
 * whichever there is), migrated by Flyway, and every test rolled back on all three.
 *
 * @author Alchemy team
 */
@AlchemyTest(includeFilters = @Filter(type = FilterType.ASSIGNABLE_TYPE,
		classes = { AccountService.class, NoteService.class }))
class BindsPersistenceTests {

	@Autowired
	AccountService accountService;

	@Autowired
	NoteService noteService;

	@Autowired
	AccountRepository accounts;

	@Autowired
	NoteRepository notes;

	@Autowired
	AuditEntryRepository auditEntries;

	@Autowired
	Db db;

	@Test
	void writingANoteTouchesAllThreeDatabases() {
		Account ada = this.accountService.create(new NewAccount("ada", "Ada Lovelace"));
		Note note = this.noteService.write(new NewNote("Engines", "It weaves algebraic patterns.", ada.getId()));
		assertThat(this.accounts.findAll()).extracting(Account::getUsername).containsExactly("ada");
		assertThat(this.notes.findAll()).extracting(Note::getTitle).containsExactly("Engines");
		assertThat(this.auditEntries.findTop10ByOrderByIdDesc()).extracting(AuditEntry::getAction)
			.containsExactly("note.created", "account.created");
		assertThat(note.getAuthorId()).isEqualTo(ada.getId());
	}

	/**
	 * Runs without the test's transaction, as a web request calls the service: inside a
	 * transaction Hibernate inserts a row with an identity id as soon as it is added, so
	 * the violation would come from {@code add()} rather than from the {@code commit()}
	 * that the service watches. Its rows are committed, so it deletes them.
	 */
	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void aTakenUsernameIsRefused() {
		try {
			this.accountService.create(new NewAccount("ada", "Ada Lovelace"));
			assertThatExceptionOfType(UsernameTakenException.class)
				.isThrownBy(() -> this.accountService.create(new NewAccount("ada", "Another Ada")));
			assertThat(this.accounts.count()).isOne();
		}
		finally {
			this.accounts.deleteAll();
			this.auditEntries.deleteAll();
		}
	}

	@AfterTransaction
	void everyTestLeavesAllThreeDatabasesEmpty() {
		assertThat(Map.of("binds_note", rows("default", "binds_note"), "binds_account",
				rows("auth", "binds_account"), "binds_audit_entry", rows("meta", "binds_audit_entry")))
			.allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
	}

	private long rows(String bind, String table) {
		Long rows = new JdbcTemplate(this.db.engine(bind)).queryForObject("select count(*) from " + table, Long.class);
		return (rows != null) ? rows : -1;
	}

}
