package dev.alchemy.autoconfigure.binds;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.health.actuate.endpoint.CompositeHealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.alchemy.Db;
import dev.alchemy.autoconfigure.bindfixtures.BindsApplication;
import dev.alchemy.autoconfigure.bindfixtures.BindsService;
import dev.alchemy.autoconfigure.bindfixtures.LoginEvent;
import dev.alchemy.autoconfigure.bindfixtures.Note;
import dev.alchemy.autoconfigure.bindfixtures.NoteRepository;
import dev.alchemy.autoconfigure.bindfixtures.QualifiedInjections;
import dev.alchemy.autoconfigure.bindfixtures.Setting;
import dev.alchemy.autoconfigure.bindfixtures.auth.Account;
import dev.alchemy.autoconfigure.bindfixtures.auth.AccountRepository;
import dev.alchemy.autoconfigure.bindfixtures.meta.MetaSetting;
import dev.alchemy.autoconfigure.bindfixtures.meta.Tag;
import dev.alchemy.autoconfigure.bindfixtures.meta.TagRepository;
import dev.alchemy.engine.AlchemySQLiteDialect;
import dev.alchemy.session.CrossBindTransactionManager;
import dev.alchemy.session.PartialCommitException;
import dev.alchemy.session.SessionScope;
import dev.alchemy.test.databases.TestDatabase;
import dev.alchemy.test.databases.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * One application on three real databases at once: the default bind on PostgreSQL,
 * {@code auth} on MariaDB and {@code meta} on SQLite. Rows are checked in each database
 * directly, not through the application.
 */
class BindsIntegrationTests {

	@TempDir
	static Path sqliteDirectory;

	private static TestDatabase postgresql;

	private static TestDatabase mariadb;

	private static TestDatabase sqlite;

	private static ConfigurableApplicationContext context;

	private Db db;

	@BeforeAll
	static void start() {
		postgresql = TestDatabases.postgresql();
		mariadb = TestDatabases.mariadb();
		sqlite = TestDatabases.sqlite(sqliteDirectory);
		context = BindsApplication.start("sqlalchemy.database-uri=" + postgresql.uri(),
				"sqlalchemy.binds.auth=" + mariadb.uri(), "sqlalchemy.binds.meta.uri=" + sqlite.uri(),
				"sqlalchemy.binds.meta.pool-size=1", "management.health.db.enabled=true");
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
		postgresql.jdbc().update("delete from note");
		postgresql.jdbc().update("delete from setting");
		mariadb.jdbc().update("delete from account");
		mariadb.jdbc().update("delete from login_event");
		sqlite.jdbc().update("delete from tag");
		sqlite.jdbc().update("delete from setting");
	}

	@Test
	void everyBindHasItsOwnPoolEntityManagerFactoryAndTransactionManager() {
		for (String key : List.of("auth", "meta")) {
			DataSource dataSource = context.getBean(key + "DataSource", DataSource.class);
			assertThat(unwrapPool(dataSource).getPoolName()).isEqualTo(key);
			assertThat(context.getBean(key + "EntityManagerFactory", EntityManagerFactory.class)).isNotNull();
			assertThat(context.getBean(key + "TransactionManager", PlatformTransactionManager.class)).isNotNull();
		}
		assertThat(unwrapPool(context.getBean(DataSource.class)).getPoolName()).isEqualTo("default");
		assertThat(context.getBean(EntityManagerFactory.class))
			.isSameAs(context.getBean("entityManagerFactory", EntityManagerFactory.class));
		assertThat(context.getBean(PlatformTransactionManager.class)).isInstanceOf(CrossBindTransactionManager.class);
		assertThat(this.db.engines()).containsOnlyKeys("default", "auth", "meta");
	}

	@Test
	void eachEntityManagerFactoryHoldsExactlyTheEntitiesOfItsBind() {
		assertThat(entities("entityManagerFactory")).containsExactlyInAnyOrder(Note.class, Setting.class);
		assertThat(entities("authEntityManagerFactory")).containsExactlyInAnyOrder(Account.class, LoginEvent.class);
		assertThat(entities("metaEntityManagerFactory")).containsExactlyInAnyOrder(Tag.class, MetaSetting.class);
	}

	@Test
	void eachBindGetsTheDialectOfItsDatabase() {
		assertThat(dialect("entityManagerFactory")).isInstanceOf(PostgreSQLDialect.class);
		assertThat(dialect("authEntityManagerFactory")).isInstanceOf(MariaDBDialect.class);
		assertThat(dialect("metaEntityManagerFactory")).isInstanceOf(AlchemySQLiteDialect.class);
	}

	@Test
	void bindEngineOptionsWinOverTheSharedOnes() {
		assertThat(unwrapPool(this.db.engine("meta")).getMaximumPoolSize()).isEqualTo(1);
		assertThat(unwrapPool(this.db.engine("auth")).getMaximumPoolSize()).isEqualTo(2);
	}

	@Test
	void sessionCommitWritesEachEntityToTheDatabaseOfItsBind() {
		try (SessionScope scope = this.db.openScope()) {
			this.db.session().add(new Note("n"));
			this.db.session().add(new Account("a"));
			this.db.session().add(new LoginEvent("a"));
			this.db.session().add(new Tag("t"));
			this.db.session().commit();
		}
		assertThat(postgresql.jdbc().queryForList("select text from note", String.class)).containsExactly("n");
		assertThat(mariadb.jdbc().queryForList("select name from account", String.class)).containsExactly("a");
		assertThat(mariadb.jdbc().queryForList("select account from login_event", String.class))
			.containsExactly("a");
		assertThat(sqlite.jdbc().queryForList("select label from tag", String.class)).containsExactly("t");
	}

	@Test
	void sessionScopeEndDiscardsUncommittedWorkInEveryBind() {
		try (SessionScope scope = this.db.openScope()) {
			this.db.session().add(new Note("n"));
			this.db.session().add(new Account("a"));
			this.db.session().add(new Tag("t"));
			this.db.session().flush();
		}
		assertThat(rows(postgresql, "note") + rows(mariadb, "account") + rows(sqlite, "tag")).isZero();
	}

	@Test
	void sessionRollbackRollsBackEveryBind() {
		try (SessionScope scope = this.db.openScope()) {
			this.db.session().add(new Note("n"));
			this.db.session().add(new Account("a"));
			this.db.session().flush();
			this.db.session().rollback();
			this.db.session().add(new Tag("t"));
			this.db.session().commit();
		}
		assertThat(rows(postgresql, "note")).isZero();
		assertThat(rows(mariadb, "account")).isZero();
		assertThat(rows(sqlite, "tag")).isOne();
	}

	@Test
	void sessionReadsRouteByEntity() {
		mariadb.jdbc().update("insert into account (name) values ('ada')");
		sqlite.jdbc().update("insert into tag (label) values ('x')");
		try (SessionScope scope = this.db.openScope()) {
			Account account = this.db.session()
				.createQuery("select a from Account a where a.name = :name", Account.class)
				.setParameter("name", "ada")
				.getSingleResult();
			assertThat(this.db.getOr404(Account.class, account.getId()).getName()).isEqualTo("ada");
			assertThat(this.db.session().createQuery("select t from Tag t", Tag.class).getResultList())
				.extracting(Tag::getLabel)
				.containsExactly("x");
		}
	}

	@Test
	void criteriaQueriesRunOnTheBindOfTheirRoot() {
		sqlite.jdbc().update("insert into tag (label) values ('x')");
		try (SessionScope scope = this.db.openScope()) {
			CriteriaBuilder builder = this.db.session().getCriteriaBuilder(Tag.class);
			CriteriaQuery<Tag> query = builder.createQuery(Tag.class);
			query.select(query.from(Tag.class));
			assertThat(this.db.session().createQuery(query).getResultList()).extracting(Tag::getLabel)
				.containsExactly("x");
		}
	}

	@Test
	void transactionalMethodCommitsEveryBind() {
		context.getBean(BindsService.class).writeEverywhere("both");
		assertThat(postgresql.jdbc().queryForList("select text from note", String.class)).containsExactly("both");
		assertThat(mariadb.jdbc().queryForList("select name from account", String.class)).containsExactly("both");
		assertThat(sqlite.jdbc().queryForList("select label from tag", String.class)).containsExactly("both");
	}

	@Test
	void transactionalMethodThatThrowsLeavesNothingInAnyBind() {
		assertThatIllegalStateException()
			.isThrownBy(() -> context.getBean(BindsService.class).writeEverywhereThenFail("gone"));
		assertThat(rows(postgresql, "note")).isZero();
		assertThat(rows(mariadb, "account")).isZero();
		assertThat(rows(sqlite, "tag")).isZero();
	}

	@Test
	void sessionWorkInsideATransactionalMethodThatThrowsIsRolledBackInEveryBind() {
		assertThatIllegalStateException()
			.isThrownBy(() -> context.getBean(BindsService.class).writeThroughSessionThenFail("gone"));
		assertThat(rows(postgresql, "note")).isZero();
		assertThat(rows(mariadb, "account")).isZero();
	}

	@Test
	void transactionMarkedRollbackOnlyRollsBackEveryBind() {
		TransactionTemplate transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
		transaction.executeWithoutResult((status) -> {
			context.getBean(BindsService.class).writeEverywhere("vetoed");
			status.setRollbackOnly();
		});
		assertThat(rows(postgresql, "note") + rows(mariadb, "account") + rows(sqlite, "tag")).isZero();
	}

	@Test
	void readOnlyTransactionIsNotFlushedAtCommit() {
		TransactionTemplate transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
		transaction.setReadOnly(true);
		postgresql.jdbc().update("insert into note (text) values ('original')");
		transaction.executeWithoutResult(
				(status) -> context.getBean(NoteRepository.class).findAll().forEach((note) -> note.setText("changed")));
		assertThat(postgresql.jdbc().queryForList("select text from note", String.class)).containsExactly("original");
	}

	@Test
	void repositoriesFollowTheBindOfTheirEntity() {
		context.getBean(NoteRepository.class).save(new Note("n"));
		context.getBean(AccountRepository.class).save(new Account("a"));
		context.getBean(TagRepository.class).save(new Tag("t"));
		assertThat(rows(postgresql, "note")).isOne();
		assertThat(mariadb.jdbc().queryForList("select name from account", String.class)).containsExactly("a");
		assertThat(sqlite.jdbc().queryForList("select label from tag", String.class)).containsExactly("t");
		assertThat(context.getBean(AccountRepository.class).findByName("a")).isPresent();
		assertThat(context.getBean(TagRepository.class).count()).isOne();
	}

	@Test
	void twoBindsMayHoldTablesOfTheSameName() {
		try (SessionScope scope = this.db.openScope()) {
			this.db.session().add(new Setting("default-setting"));
			this.db.session().add(new MetaSetting("meta-setting"));
			this.db.session().commit();
		}
		assertThat(postgresql.jdbc().queryForList("select name from setting", String.class))
			.containsExactly("default-setting");
		assertThat(sqlite.jdbc().queryForList("select name from setting", String.class))
			.containsExactly("meta-setting");
	}

	@Test
	void bindBeansAreReachableByBindQualifierBeanNameAndUnitName() {
		QualifiedInjections injections = context.getBean(QualifiedInjections.class);
		assertThat(injections.authEntityManager.find(Account.class, 1L)).isNull();
		assertThat(injections.metaEntityManager.getMetamodel().entity(Tag.class)).isNotNull();
		assertThat(injections.defaultEntityManager.getMetamodel().entity(Note.class)).isNotNull();
		assertThat(injections.authDataSource).isSameAs(context.getBean("authDataSource"));
		assertThat(injections.metaDataSource).isSameAs(context.getBean("metaDataSource"));
		assertThat(injections.defaultDataSource).isSameAs(context.getBean("dataSource"));
	}

	@Test
	void createAllAndDropAllTakeBindKeys() {
		this.db.dropAll("meta");
		assertThat(this.db.reflect("meta").get("meta")).isEmpty();
		assertThat(this.db.reflect("default").get("default")).extracting((table) -> table.name())
			.contains("note", "setting");
		this.db.createAll("meta");
		assertThat(this.db.reflect("meta").get("meta")).extracting((table) -> table.name())
			.containsExactlyInAnyOrder("tag", "setting");
	}

	@Test
	void aCommitThatFailsAfterAnotherBindCommittedIsReportedAsPartial() {
		// A deferred constraint fails at commit, after the flush every bind passed.
		postgresql.jdbc()
			.execute("alter table note add constraint note_text_key unique (text) deferrable initially deferred");
		try {
			postgresql.jdbc().update("insert into note (text) values ('taken')");
			try (SessionScope scope = this.db.openScope()) {
				this.db.session().add(new Note("taken"));
				this.db.session().add(new Account("committed"));
				assertThatExceptionOfType(PartialCommitException.class)
					.isThrownBy(() -> this.db.session().commit())
					.satisfies((ex) -> {
						assertThat(ex.getCommittedBinds()).containsExactly("auth");
						assertThat(ex.getRolledBackBinds()).containsExactly("default");
						assertThat(ex.getMessage()).contains("[auth] committed", "[default] did not");
					});
			}
			assertThat(mariadb.jdbc().queryForList("select name from account", String.class))
				.containsExactly("committed");
			assertThat(postgresql.jdbc().queryForList("select text from note", String.class)).containsExactly("taken");
		}
		finally {
			postgresql.jdbc().execute("alter table note drop constraint note_text_key");
		}
	}

	@Test
	void aTransactionalCommitThatFailsAfterOtherBindsCommittedIsReportedAsPartial() {
		postgresql.jdbc()
			.execute("alter table note add constraint note_text_key unique (text) deferrable initially deferred");
		try {
			postgresql.jdbc().update("insert into note (text) values ('taken')");
			assertThatExceptionOfType(PartialCommitException.class)
				.isThrownBy(() -> context.getBean(BindsService.class).writeEverywhere("taken"))
				.satisfies((ex) -> {
					assertThat(ex.getCommittedBinds()).containsExactly("meta", "auth");
					assertThat(ex.getRolledBackBinds()).containsExactly("default");
				});
			assertThat(rows(mariadb, "account")).isOne();
			assertThat(rows(sqlite, "tag")).isOne();
			assertThat(rows(postgresql, "note")).isOne();
		}
		finally {
			postgresql.jdbc().execute("alter table note drop constraint note_text_key");
		}
	}

	@Test
	void aFlushFailureInOneBindCommitsNoBind() {
		mariadb.jdbc().update("insert into account (name) values ('taken')");
		try (SessionScope scope = this.db.openScope()) {
			this.db.session().add(new Note("n"));
			this.db.session().add(new Account("taken"));
			assertThatExceptionOfType(org.springframework.dao.DataIntegrityViolationException.class)
				.isThrownBy(() -> this.db.session().commit());
		}
		assertThat(rows(postgresql, "note")).isZero();
		assertThat(rows(mariadb, "account")).isOne();
	}

	@Test
	void healthHasOneComponentPerBind() {
		CompositeHealthDescriptor health = (CompositeHealthDescriptor) context.getBean(HealthEndpoint.class)
			.healthForPath("db");
		assertThat(health.getComponents()).containsOnlyKeys("dataSource", "authDataSource", "metaDataSource");
		health.getComponents().values().forEach((component) -> assertThat(component.getStatus().getCode()).isEqualTo("UP"));
	}

	@Test
	void poolMetricsCarryTheBindName() {
		try (SessionScope scope = this.db.openScope()) {
			this.db.session().add(new Tag("t"));
			this.db.session().add(new Account("a"));
			this.db.session().commit();
		}
		MeterRegistry registry = context.getBean(MeterRegistry.class);
		for (String pool : List.of("default", "auth", "meta")) {
			assertThat(registry.find("hikaricp.connections.max").tag("pool", pool).gauge()).as(pool).isNotNull();
		}
	}

	private static HikariDataSource unwrapPool(DataSource dataSource) {
		try {
			return dataSource.unwrap(HikariDataSource.class);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<Class<?>> entities(String factoryName) {
		return context.getBean(factoryName, EntityManagerFactory.class)
			.getMetamodel()
			.getEntities()
			.stream()
			.<Class<?>>map((type) -> type.getJavaType())
			.toList();
	}

	private static Object dialect(String factoryName) {
		return context.getBean(factoryName, EntityManagerFactory.class)
			.unwrap(SessionFactoryImplementor.class)
			.getJdbcServices()
			.getDialect();
	}

	private static int rows(TestDatabase database, String table) {
		return database.jdbc().queryForObject("select count(*) from " + table, Integer.class);
	}


}
