package dev.alchemy.trackmodifications;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.alchemy.Db;
import dev.alchemy.autoconfigure.fixtures.FixturesApplication;
import dev.alchemy.autoconfigure.fixtures.User;
import dev.alchemy.autoconfigure.fixtures.UserRepository;
import dev.alchemy.session.SessionScope;
import dev.alchemy.test.databases.TestDatabase;
import dev.alchemy.trackmodifications.Change.Operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for modification events ({@link ModificationTracker}) on one database, run on
 * every database: Flask-SQLAlchemy's cases 116 and 117, and commits by
 * {@code @Transactional} code. Rows are checked in the database directly.
 */
abstract class AbstractTrackModificationsTests {

	private static ConfigurableApplicationContext context;

	private static TestDatabase database;

	private Db db;

	private RecordedModificationEvents events;

	static void start(TestDatabase testDatabase) {
		database = testDatabase;
		context = FixturesApplication.start(new Class<?>[] { RecordedModificationEvents.class },
				"sqlalchemy.database-uri=" + testDatabase.uri(), "sqlalchemy.track-modifications=true");
		context.getBean(Db.class).createAll();
	}

	@AfterAll
	static void stop() {
		if (context != null) {
			context.close();
			context = null;
		}
	}

	@BeforeEach
	void clean() {
		this.db = context.getBean(Db.class);
		this.events = context.getBean(RecordedModificationEvents.class);
		database.jdbc().update("delete from " + userTable());
		this.events.reset();
	}

	@Test
	void addAndCommitGiveOneInsertInBothEventsAndNothingBeforeTheCommit() {
		try (SessionScope scope = this.db.openScope()) {
			User user = this.db.session().add(new User("ada"));
			assertThat(this.events.all()).isEmpty();
			this.db.session().flush();
			assertThat(this.events.all()).isEmpty();
			this.db.session().commit();
			assertThat(this.events.before()).singleElement()
				.satisfies((event) -> assertThat(event.changes()).containsExactly(new Change(user, Operation.INSERT)));
			assertThat(this.events.after()).singleElement()
				.satisfies((event) -> assertThat(event.changes()).isEqualTo(this.events.before().get(0).changes()));
		}
		assertThat(this.events.all().get(0)).isInstanceOf(BeforeModelsCommittedEvent.class);
	}

	@Test
	void changingAnAttributeAndCommittingGiveOneUpdate() {
		long id = saveUser("ada");
		try (SessionScope scope = this.db.openScope()) {
			User user = this.db.session().get(User.class, id);
			user.setEmail("ada@example.com");
			this.db.session().commit();
			assertThat(onlyChanges()).containsExactly(new Change(user, Operation.UPDATE));
		}
	}

	@Test
	void deletingAndCommittingGiveOneDelete() {
		long id = saveUser("ada");
		try (SessionScope scope = this.db.openScope()) {
			User user = this.db.session().get(User.class, id);
			this.db.session().delete(user);
			this.db.session().commit();
			assertThat(onlyChanges()).containsExactly(new Change(user, Operation.DELETE));
		}
		assertThat(users()).isZero();
	}

	@Test
	void rollbackGivesNoEventAndItsChangesStayOutOfTheNextCommit() {
		long id = saveUser("ada");
		try (SessionScope scope = this.db.openScope()) {
			this.db.session().add(new User("grace"));
			this.db.session().get(User.class, id).setEmail("ada@example.com");
			this.db.session().flush();
			this.db.session().rollback();
			assertThat(this.events.all()).isEmpty();
			User linus = this.db.session().add(new User("linus"));
			this.db.session().commit();
			assertThat(onlyChanges()).containsExactly(new Change(linus, Operation.INSERT));
		}
	}

	@Test
	void scopeEndingWithFlushedWorkGivesNoEvent() {
		try (SessionScope scope = this.db.openScope()) {
			this.db.session().add(new User("ada"));
			this.db.session().flush();
		}
		assertThat(this.events.all()).isEmpty();
		assertThat(users()).isZero();
	}

	@Test
	void commitThatChangesNothingGivesNoEvent() {
		long id = saveUser("ada");
		try (SessionScope scope = this.db.openScope()) {
			this.db.session().get(User.class, id);
			this.db.session().commit();
		}
		assertThat(this.events.all()).isEmpty();
	}

	@Test
	void settingAnAttributeToTheValueItHadIsNoUpdate() {
		long id = saveUser("ada");
		try (SessionScope scope = this.db.openScope()) {
			this.db.session().get(User.class, id).setUsername("ada");
			this.db.session().commit();
		}
		assertThat(this.events.all()).isEmpty();
	}

	@Test
	void repositorySaveOnItsOwnGivesBothEvents() {
		User user = context.getBean(UserRepository.class).save(new User("ada"));
		assertThat(onlyChanges()).containsExactly(new Change(user, Operation.INSERT));
	}

	@Test
	void changesAreInFlushOrderOneForEachEntity() {
		long doomedId = saveUser("doomed");
		try (SessionScope scope = this.db.openScope()) {
			User ada = this.db.session().add(new User("ada"));
			User grace = this.db.session().add(new User("grace"));
			User doomed = this.db.session().get(User.class, doomedId);
			this.db.session().delete(doomed);
			this.db.session().flush();
			ada.setEmail("ada@example.com");
			this.db.session().commit();
			assertThat(onlyChanges()).containsExactly(new Change(ada, Operation.INSERT),
					new Change(grace, Operation.INSERT), new Change(doomed, Operation.DELETE));
		}
	}

	@Test
	void updatedThenDeletedEntityIsReportedDeleted() {
		long id = saveUser("ada");
		try (SessionScope scope = this.db.openScope()) {
			User user = this.db.session().get(User.class, id);
			user.setEmail("ada@example.com");
			this.db.session().flush();
			this.db.session().delete(user);
			this.db.session().commit();
			assertThat(onlyChanges()).containsExactly(new Change(user, Operation.DELETE));
		}
	}

	@Test
	void changesCannotBeModified() {
		try (SessionScope scope = this.db.openScope()) {
			this.db.session().add(new User("ada"));
			this.db.session().commit();
		}
		assertThat(this.events.all()).allSatisfy((event) -> {
			List<Change> changes = (event instanceof ModelsCommittedEvent after) ? after.changes()
					: ((BeforeModelsCommittedEvent) event).changes();
			assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(changes::clear);
		});
	}

	@Test
	void beforeListenerThatThrowsRollsTheCommitBack() {
		this.events.onBefore((event) -> {
			throw new IllegalStateException("vetoed");
		});
		try (SessionScope scope = this.db.openScope()) {
			this.db.session().add(new User("ada"));
			assertThatIllegalStateException().isThrownBy(() -> this.db.session().commit()).withMessage("vetoed");
		}
		assertThat(users()).isZero();
		assertThat(this.events.before()).hasSize(1);
		assertThat(this.events.after()).isEmpty();
	}

	@Test
	void beforeListenerRunsInsideTheTransactionAndAfterListenerAfterIt() {
		List<Integer> seen = new ArrayList<>();
		this.events.onBefore((event) -> seen.add(users()));
		this.events.onAfter((event) -> seen.add(users()));
		try (SessionScope scope = this.db.openScope()) {
			this.db.session().add(new User("ada"));
			this.db.session().commit();
		}
		assertThat(seen).containsExactly(0, 1);
	}

	@Test
	void whatABeforeListenerWritesIsCommittedAndReportedAfterTheCommitOnly() {
		this.events.onBefore((event) -> this.db.session().add(new User("written-by-listener")));
		try (SessionScope scope = this.db.openScope()) {
			User user = this.db.session().add(new User("ada"));
			this.db.session().commit();
			assertThat(this.events.before()).singleElement()
				.satisfies((event) -> assertThat(event.changes()).containsExactly(new Change(user, Operation.INSERT)));
			assertThat(this.events.after()).singleElement()
				.satisfies((event) -> assertThat(event.changes()).extracting(Change::entity)
					.extracting("username")
					.containsExactly("ada", "written-by-listener"));
		}
		assertThat(users()).isEqualTo(2);
	}

	@Test
	void transactionalCommitReportsChangesStillPendingBeforeTheCommit() {
		long id = saveUser("ada");
		PlatformTransactionManager transactionManager = context.getBean(PlatformTransactionManager.class);
		assertThat(transactionManager).isInstanceOf(JpaTransactionManager.class);
		User changed = new TransactionTemplate(transactionManager).execute((status) -> {
			User user = context.getBean(UserRepository.class).findById(id).orElseThrow();
			user.setEmail("ada@example.com");
			return user;
		});
		assertThat(this.events.before()).singleElement()
			.satisfies((event) -> assertThat(event.changes()).containsExactly(new Change(changed, Operation.UPDATE)));
		assertThat(this.events.after()).singleElement()
			.satisfies((event) -> assertThat(event.changes()).containsExactly(new Change(changed, Operation.UPDATE)));
	}

	@Test
	void transactionalRollbackGivesNoEvent() {
		PlatformTransactionManager transactionManager = context.getBean(PlatformTransactionManager.class);
		new TransactionTemplate(transactionManager).executeWithoutResult((status) -> {
			context.getBean(UserRepository.class).saveAndFlush(new User("ada"));
			status.setRollbackOnly();
		});
		assertThat(this.events.all()).isEmpty();
		assertThat(users()).isZero();
	}

	@Test
	void transactionalBeforeListenerThatThrowsRollsTheTransactionBack() {
		this.events.onBefore((event) -> {
			throw new IllegalStateException("vetoed");
		});
		PlatformTransactionManager transactionManager = context.getBean(PlatformTransactionManager.class);
		assertThatIllegalStateException()
			.isThrownBy(() -> new TransactionTemplate(transactionManager)
				.executeWithoutResult((status) -> context.getBean(UserRepository.class).save(new User("ada"))))
			.withMessage("vetoed");
		assertThat(users()).isZero();
		assertThat(this.events.after()).isEmpty();
	}

	@Test
	void innerTransactionOfItsOwnGetsItsOwnEvents() {
		PlatformTransactionManager transactionManager = context.getBean(PlatformTransactionManager.class);
		TransactionTemplate outer = new TransactionTemplate(transactionManager);
		TransactionTemplate inner = new TransactionTemplate(transactionManager);
		inner.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
		outer.executeWithoutResult((status) -> {
			// Nothing written before the inner transaction: SQLite has one writer at a time.
			inner.executeWithoutResult((innerStatus) -> context.getBean(UserRepository.class).save(new User("inner")));
			assertThat(this.events.after()).singleElement()
				.satisfies((event) -> assertThat(event.changes()).extracting(Change::entity)
					.extracting("username")
					.containsExactly("inner"));
			EntityManager entityManager = EntityManagerFactoryUtils
				.getTransactionalEntityManager(context.getBean(EntityManagerFactory.class));
			entityManager.persist(new User("outer"));
		});
		assertThat(this.events.after()).hasSize(2)
			.last()
			.satisfies((event) -> assertThat(event.changes()).extracting(Change::entity)
				.extracting("username")
				.containsExactly("outer"));
	}

	@Test
	void constraintViolationFlushedForTheEventFailsTheCommitAsWithoutTracking() {
		saveUser("ada");
		long id = saveUser("grace");
		PlatformTransactionManager transactionManager = context.getBean(PlatformTransactionManager.class);
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(
					(status) -> context.getBean(UserRepository.class).findById(id).orElseThrow().setUsername("ada")));
		assertThat(this.events.all()).isEmpty();
		assertThat(database.jdbc().queryForList("select username from " + userTable() + " order by id", String.class))
			.containsExactly("ada", "grace");
	}

	/**
	 * Commit a new user in a scope of its own and return its id; the events of that
	 * commit are forgotten.
	 */
	private long saveUser(String username) {
		try (SessionScope scope = this.db.openScope()) {
			User user = this.db.session().add(new User(username));
			this.db.session().commit();
			assertThat(this.events.after()).isNotEmpty();
			this.events.reset();
			return user.getId();
		}
	}

	/**
	 * The changes of the only commit, checked to be the same in both events.
	 */
	private List<Change> onlyChanges() {
		assertThat(this.events.all()).hasSize(2);
		List<Change> changes = this.events.after().get(0).changes();
		assertThat(this.events.before().get(0).changes()).isEqualTo(changes);
		return changes;
	}

	private static String userTable() {
		return database.kind().equals("mariadb") ? "`user`" : "\"user\"";
	}

	private static int users() {
		return database.jdbc().queryForObject("select count(*) from " + userTable(), Integer.class);
	}

}
