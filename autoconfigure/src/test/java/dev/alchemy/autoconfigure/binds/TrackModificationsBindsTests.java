package dev.alchemy.autoconfigure.binds;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.StreamSupport;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.spi.EventType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import dev.alchemy.Db;
import dev.alchemy.autoconfigure.bindfixtures.BindsApplication;
import dev.alchemy.autoconfigure.bindfixtures.BindsService;
import dev.alchemy.autoconfigure.bindfixtures.Note;
import dev.alchemy.autoconfigure.bindfixtures.NoteRepository;
import dev.alchemy.autoconfigure.bindfixtures.auth.Account;
import dev.alchemy.autoconfigure.bindfixtures.auth.AccountRepository;
import dev.alchemy.autoconfigure.bindfixtures.meta.Tag;
import dev.alchemy.session.CrossBindTransactionManager;
import dev.alchemy.session.SessionScope;
import dev.alchemy.test.databases.TestDatabase;
import dev.alchemy.test.databases.TestDatabases;
import dev.alchemy.trackmodifications.Change;
import dev.alchemy.trackmodifications.Change.Operation;
import dev.alchemy.trackmodifications.ModificationTracker;
import dev.alchemy.trackmodifications.RecordedModificationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Modification events of units of work over several databases: the default bind on
 * PostgreSQL, {@code auth} on MariaDB and {@code meta} on SQLite. One pair of events per
 * unit of work, whichever binds it wrote to; rows are checked in each database directly.
 */
class TrackModificationsBindsTests {

	@TempDir
	static Path sqliteDirectory;

	private static TestDatabase postgresql;

	private static TestDatabase mariadb;

	private static TestDatabase sqlite;

	private static ConfigurableApplicationContext context;

	private Db db;

	private RecordedModificationEvents events;

	@BeforeAll
	static void start() {
		postgresql = TestDatabases.postgresql();
		mariadb = TestDatabases.mariadb();
		sqlite = TestDatabases.sqlite(sqliteDirectory);
		context = BindsApplication.start(new Class<?>[] { RecordedModificationEvents.class, TransactionPhases.class },
				"sqlalchemy.database-uri=" + postgresql.uri(), "sqlalchemy.binds.auth=" + mariadb.uri(),
				"sqlalchemy.binds.meta.uri=" + sqlite.uri(), "sqlalchemy.binds.meta.pool-size=1",
				"sqlalchemy.track-modifications=true");
		context.getBean(Db.class).createAll();
	}

	@AfterAll
	static void stop() {
		if (context != null) {
			context.close();
		}
	}

	@BeforeEach
	void clean() {
		this.db = context.getBean(Db.class);
		this.events = context.getBean(RecordedModificationEvents.class);
		postgresql.jdbc().update("delete from note");
		mariadb.jdbc().update("delete from account");
		sqlite.jdbc().update("delete from tag");
		this.events.reset();
	}

	@Test
	void everyBindIsTracked() {
		for (String prefix : List.of("", "auth", "meta")) {
			String name = prefix.isEmpty() ? "entityManagerFactory" : prefix + "EntityManagerFactory";
			SessionFactoryImplementor sessionFactory = context.getBean(name, EntityManagerFactory.class)
				.unwrap(SessionFactoryImplementor.class);
			for (EventType<?> type : List.of(EventType.POST_INSERT, EventType.POST_UPDATE, EventType.POST_DELETE)) {
				assertThat(StreamSupport.stream(
						sessionFactory.getEventListenerRegistry().getEventListenerGroup(type).listeners().spliterator(),
						false))
					.as("%s listeners of %s", type.eventName(), name)
					.anySatisfy((listener) -> assertThat(listener.getClass().getName())
						.startsWith("dev.alchemy.trackmodifications."));
			}
		}
		for (String name : List.of("authTransactionManager", "metaTransactionManager")) {
			assertThat(context.getBean(name, JpaTransactionManager.class).getTransactionExecutionListeners())
				.contains(context.getBean(ModificationTracker.class));
		}
	}

	@Test
	void twoBindTransactionGivesOneEventWithTheChangesOfBothBinds() {
		List<Integer> rowsSeenBefore = new ArrayList<>();
		List<Integer> rowsSeenAfter = new ArrayList<>();
		this.events.onBefore((event) -> rowsSeenBefore.addAll(committedNotesAndAccounts()));
		this.events.onAfter((event) -> rowsSeenAfter.addAll(committedNotesAndAccounts()));
		PlatformTransactionManager transactionManager = context.getBean(PlatformTransactionManager.class);
		assertThat(transactionManager).isInstanceOf(CrossBindTransactionManager.class);
		List<Object> written = new TransactionTemplate(transactionManager).execute((status) -> {
			Note note = context.getBean(NoteRepository.class).save(new Note("n"));
			Account account = context.getBean(AccountRepository.class).save(new Account("a"));
			return List.of(note, account);
		});
		List<Change> expected = List.of(new Change(written.get(0), Operation.INSERT),
				new Change(written.get(1), Operation.INSERT));
		assertThat(this.events.before()).singleElement()
			.satisfies((event) -> assertThat(event.changes()).isEqualTo(expected));
		assertThat(this.events.after()).singleElement()
			.satisfies((event) -> assertThat(event.changes()).isEqualTo(expected));
		assertThat(rowsSeenBefore).as("rows committed in each bind before the commit").containsExactly(0, 0);
		assertThat(rowsSeenAfter).as("rows committed in each bind after the commit").containsExactly(1, 1);
	}

	@Test
	void pendingChangesOfEveryBindAreReportedBeforeTheCommit() {
		postgresql.jdbc().update("insert into note (text) values ('n')");
		mariadb.jdbc().update("insert into account (name) values ('a')");
		List<Object> changed = new TransactionTemplate(context.getBean(PlatformTransactionManager.class))
			.execute((status) -> {
				Note note = context.getBean(NoteRepository.class).findAll().get(0);
				note.setText("changed");
				AccountRepository accounts = context.getBean(AccountRepository.class);
				Account account = accounts.findAll().get(0);
				accounts.delete(account);
				return List.of(note, account);
			});
		assertThat(this.events.before()).singleElement()
			.satisfies((event) -> assertThat(event.changes()).containsExactlyInAnyOrder(
					new Change(changed.get(0), Operation.UPDATE), new Change(changed.get(1), Operation.DELETE)));
		assertThat(this.events.after()).singleElement()
			.satisfies((event) -> assertThat(event.changes()).isEqualTo(this.events.before().get(0).changes()));
	}

	@Test
	void crossBindRollbackGivesNoEvent() {
		assertThatIllegalStateException()
			.isThrownBy(() -> context.getBean(BindsService.class).writeEverywhereThenFail("x"));
		assertThat(this.events.all()).isEmpty();
	}

	@Test
	void beforeListenerThatThrowsRollsEveryBindBack() {
		this.events.onBefore((event) -> {
			throw new IllegalStateException("vetoed");
		});
		assertThatIllegalStateException()
			.isThrownBy(() -> context.getBean(BindsService.class).writeEverywhere("x"))
			.withMessage("vetoed");
		assertThat(rows(postgresql, "note") + rows(mariadb, "account") + rows(sqlite, "tag")).isZero();
		assertThat(this.events.before()).hasSize(1);
		assertThat(this.events.after()).isEmpty();
	}

	@Test
	void sessionCommitOverBindsBegunAtDifferentTimesGivesOneEvent() {
		List<Integer> rowsSeenBefore = new ArrayList<>();
		this.events.onBefore((event) -> rowsSeenBefore.addAll(committedNotesAndAccounts()));
		try (SessionScope scope = this.db.openScope()) {
			Note note = this.db.session().add(new Note("n"));
			this.db.session().flush();
			Account account = this.db.session().add(new Account("a"));
			Tag tag = this.db.session().add(new Tag("t"));
			this.db.session().commit();
			List<Change> expected = List.of(new Change(note, Operation.INSERT), new Change(account, Operation.INSERT),
					new Change(tag, Operation.INSERT));
			assertThat(this.events.before()).singleElement()
				.satisfies((event) -> assertThat(event.changes()).containsExactlyInAnyOrderElementsOf(expected));
			assertThat(this.events.after()).singleElement()
				.satisfies((event) -> assertThat(event.changes()).isEqualTo(this.events.before().get(0).changes()));
		}
		assertThat(rowsSeenBefore).containsExactly(0, 0);
		assertThat(rows(postgresql, "note") + rows(mariadb, "account") + rows(sqlite, "tag")).isEqualTo(3);
	}

	@Test
	void sessionRollbackOverBindsGivesNoEvent() {
		try (SessionScope scope = this.db.openScope()) {
			this.db.session().add(new Note("n"));
			this.db.session().add(new Account("a"));
			this.db.session().flush();
			this.db.session().rollback();
		}
		assertThat(this.events.all()).isEmpty();
	}

	@Test
	void transactionalEventListenersSeeTheBindsAsOneTransaction() {
		TransactionPhases phases = context.getBean(TransactionPhases.class);
		phases.seen.clear();
		new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult((status) -> {
			context.getBean(NoteRepository.class).save(new Note("n"));
			context.getBean(AccountRepository.class).save(new Account("a"));
			context.publishEvent(new Written());
		});
		assertThat(phases.seen).containsExactly("before commit: [0, 0]", "after commit: [1, 1]");
	}

	private static List<Integer> committedNotesAndAccounts() {
		return List.of(rows(postgresql, "note"), rows(mariadb, "account"));
	}

	private static int rows(TestDatabase database, String table) {
		return database.jdbc().queryForObject("select count(*) from " + table, Integer.class);
	}

	record Written() {

	}

	static class TransactionPhases {

		final List<String> seen = new CopyOnWriteArrayList<>();

		@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
		void beforeCommit(Written event) {
			this.seen.add("before commit: " + committedNotesAndAccounts());
		}

		@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
		void afterCommit(Written event) {
			this.seen.add("after commit: " + committedNotesAndAccounts());
		}

	}

}
