package dev.alchemy.session;

import java.util.List;


import jakarta.persistence.EntityManagerFactory;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.UnexpectedRollbackException;
import org.springframework.transaction.support.TransactionTemplate;

import dev.alchemy.Db;
import dev.alchemy.autoconfigure.fixtures.FixturesApplication;
import dev.alchemy.autoconfigure.fixtures.HTTPResponseLog;
import dev.alchemy.autoconfigure.fixtures.User;
import dev.alchemy.engine.AlchemySQLiteDialect;
import dev.alchemy.test.databases.TestDatabase;
import dev.alchemy.web.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for the {@link Session}, run on every database: rows are checked directly in the
 * database, not through the session.
 */
abstract class AbstractSessionTests {

	private static ConfigurableApplicationContext context;

	private static TestDatabase database;

	private Db db;

	static void start(TestDatabase testDatabase, String... properties) {
		database = testDatabase;
		String[] all = new String[properties.length + 2];
		all[0] = "sqlalchemy.database-uri=" + testDatabase.uri();
		all[1] = "spring.jpa.properties.hibernate.generate_statistics=true";
		System.arraycopy(properties, 0, all, 2, properties.length);
		context = FixturesApplication.start(all);
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
		database.jdbc().update("delete from " + userTable());
		database.jdbc().update("delete from http_response_log");
	}

	private static String userTable() {
		return database.kind().equals("mariadb") ? "`user`" : "\"user\"";
	}

	private static int users() {
		return database.jdbc().queryForObject("select count(*) from " + userTable(), Integer.class);
	}

	/**
	 * Commit a new user in a scope of its own, and return it, detached.
	 */
	private User saveUser(String username) {
		try (SessionScope scope = this.db.openScope()) {
			User user = this.db.session().add(new User(username));
			this.db.session().commit();
			return user;
		}
	}

	@Test
	void addAndCommitWriteTheRow() {
		try (SessionScope scope = this.db.openScope()) {
			User user = this.db.session().add(new User("ada"));
			this.db.session().commit();
			assertThat(user.getId()).isNotNull();
		}
		assertThat(database.jdbc().queryForObject("select username from " + userTable(), String.class))
			.isEqualTo("ada");
	}

	@Test
	void uncommittedWorkIsDiscardedWhenTheScopeEnds() {
		try (SessionScope scope = this.db.openScope()) {
			this.db.session().add(new User("ada"));
		}
		assertThat(users()).isZero();
	}

	@Test
	void flushedButUncommittedWorkIsRolledBackWhenTheScopeEnds() {
		try (SessionScope scope = this.db.openScope()) {
			this.db.session().add(new User("ada"));
			this.db.session().flush();
			assertThat(this.db.session().createQuery("select u from User u", User.class).getResultList()).hasSize(1);
		}
		assertThat(users()).isZero();
	}

	@Test
	void rollbackDiscardsPendingChanges() {
		try (SessionScope scope = this.db.openScope()) {
			this.db.session().add(new User("ada"));
			this.db.session().rollback();
			this.db.session().add(new User("grace"));
			this.db.session().commit();
		}
		assertThat(database.jdbc().queryForList("select username from " + userTable(), String.class))
			.containsExactly("grace");
	}

	@Test
	void failedCommitWritesNothingAndLeavesTheSessionUsable() {
		try (SessionScope scope = this.db.openScope()) {
			this.db.session().add(new User("ada"));
			this.db.session().add(new User("ada"));
			assertThatExceptionOfType(DataIntegrityViolationException.class)
				.isThrownBy(() -> this.db.session().commit());
			assertThat(users()).isZero();
			this.db.session().add(new User("grace"));
			this.db.session().commit();
		}
		assertThat(users()).isEqualTo(1);
	}

	@Test
	void updatesAndDeletesOfLoadedEntitiesAreCommitted() {
		Long id = saveUser("ada").getId();
		try (SessionScope scope = this.db.openScope()) {
			this.db.getOr404(User.class, id).setEmail("ada@example.org");
			this.db.session().commit();
		}
		assertThat(database.jdbc().queryForObject("select email from " + userTable(), String.class))
			.isEqualTo("ada@example.org");
		try (SessionScope scope = this.db.openScope()) {
			this.db.session().delete(this.db.getOr404(User.class, id));
			this.db.session().commit();
		}
		assertThat(users()).isZero();
	}

	@Test
	void proxiesAreRoutedLikeTheirEntity() {
		Long id = saveUser("ada").getId();
		try (SessionScope scope = this.db.openScope()) {
			User reference = this.db.session().entityManager().getReference(User.class, id);
			assertThat(reference.getClass()).isNotEqualTo(User.class);
			this.db.session().delete(reference);
			this.db.session().commit();
		}
		assertThat(users()).isZero();
	}

	@Test
	void detachedEntitiesAreMergedByAdd() {
		User detached = saveUser("ada");
		detached.setEmail("ada@example.org");
		try (SessionScope scope = this.db.openScope()) {
			User managed = this.db.session().add(detached);
			assertThat(managed).isNotSameAs(detached);
			this.db.session().commit();
		}
		assertThat(database.jdbc().queryForObject("select email from " + userTable(), String.class))
			.isEqualTo("ada@example.org");
	}

	@Test
	void orFourOhFourHelpers() {
		try (SessionScope scope = this.db.openScope()) {
			this.db.session().addAll(List.of(new User("ada"), new User("grace")));
			this.db.session().commit();
			Session session = this.db.session();
			assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.db.getOr404(User.class, -1L));
			assertThatExceptionOfType(NotFoundException.class)
				.isThrownBy(() -> this.db.getOr404(User.class, -1L, "No such user"))
				.withMessage("No such user");
			assertThat(this.db
				.firstOr404(session.createQuery("select u from User u order by u.username desc", User.class))
				.getUsername()).isEqualTo("grace");
			assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.db
				.firstOr404(session.createQuery("select u from User u where u.username = 'x'", User.class)));
			assertThat(this.db
				.oneOr404(session.createQuery("select u from User u where u.username = 'ada'", User.class))
				.getUsername()).isEqualTo("ada");
			assertThatExceptionOfType(NotFoundException.class)
				.isThrownBy(() -> this.db.oneOr404(session.createQuery("select u from User u", User.class)));
			assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.db
				.oneOr404(session.createQuery("select u from User u where u.username = 'x'", User.class)));
		}
	}

	@Test
	void sessionOutsideAScopeSaysHowToOpenOne() {
		assertThatIllegalStateException().isThrownBy(() -> this.db.session())
			.isInstanceOf(NoSessionScopeException.class)
			.withMessageContaining("db.openScope()");
	}

	@Test
	void innerScopeJoinsTheOuterOne() {
		try (SessionScope outer = this.db.openScope()) {
			User user = this.db.session().add(new User("ada"));
			try (SessionScope inner = this.db.openScope()) {
				assertThat(this.db.session().contains(user)).isTrue();
			}
			this.db.session().commit();
		}
		assertThat(users()).isEqualTo(1);
	}

	@Test
	void transactionalCodeSharesTheSessionsEntityManager() {
		TransactionTemplate transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
		EntityManagerFactory factory = context.getBean(EntityManagerFactory.class);
		try (SessionScope scope = this.db.openScope()) {
			User user = this.db.session().add(new User("ada"));
			this.db.session().commit();
			transaction.executeWithoutResult((status) -> assertThat(
					EntityManagerFactoryUtils.getTransactionalEntityManager(factory).contains(user))
				.isTrue());
		}
	}

	@Test
	void commitInsideATransactionalMethodLeavesTheDecisionToTheMethod() {
		TransactionTemplate transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
		try (SessionScope scope = this.db.openScope()) {
			assertThatIllegalStateException().isThrownBy(() -> transaction.executeWithoutResult((status) -> {
				this.db.session().add(new User("ada"));
				this.db.session().commit();
				throw new IllegalStateException("the method fails after the session committed");
			}));
		}
		assertThat(users()).isZero();
	}

	@Test
	void rollbackInsideATransactionalMethodMarksItRollbackOnly() {
		TransactionTemplate transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
		try (SessionScope scope = this.db.openScope()) {
			// As for any participant that rolls back, Spring reports it when the method returns.
			assertThatExceptionOfType(UnexpectedRollbackException.class)
				.isThrownBy(() -> transaction.executeWithoutResult((status) -> {
					this.db.session().add(new User("ada"));
					this.db.session().flush();
					this.db.session().rollback();
					assertThat(status.isRollbackOnly()).isTrue();
				}));
		}
		assertThat(users()).isZero();
	}

	@Test
	void insertsAreSentInJdbcBatches() {
		Statistics statistics = context.getBean(EntityManagerFactory.class)
			.unwrap(SessionFactoryImplementor.class)
			.getStatistics();
		try (SessionScope scope = this.db.openScope()) {
			for (int i = 0; i < 120; i++) {
				this.db.session().add(new HTTPResponseLog(200 + i));
			}
			statistics.clear();
			this.db.session().commit();
		}
		assertThat(database.jdbc().queryForObject("select count(*) from http_response_log", Integer.class))
			.isEqualTo(120);
		// One prepared insert per batch of 50, not one per row.
		assertThat(statistics.getPrepareStatementCount()).isLessThan(10);
	}

	@Test
	void eachDatabaseGetsItsOwnHibernateDialect() {
		Dialect dialect = context.getBean(EntityManagerFactory.class)
			.unwrap(SessionFactoryImplementor.class)
			.getJdbcServices()
			.getDialect();
		Class<?> expected = switch (database.kind()) {
			case "postgresql" -> PostgreSQLDialect.class;
			case "mariadb" -> MariaDBDialect.class;
			default -> AlchemySQLiteDialect.class;
		};
		assertThat(dialect).isExactlyInstanceOf(expected);
	}

	@Test
	void reflectDescribesTheDatabasesTables() {
		assertThat(this.db.reflect().get("default")).extracting((table) -> table.name().toLowerCase())
			.contains("user", "http_response_log", "spam");
	}


}
