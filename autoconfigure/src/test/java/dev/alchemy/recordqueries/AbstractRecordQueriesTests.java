package dev.alchemy.recordqueries;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

import jakarta.persistence.EntityGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.alchemy.Db;
import dev.alchemy.autoconfigure.fixtures.FixturesApplication;
import dev.alchemy.autoconfigure.fixtures.Post;
import dev.alchemy.autoconfigure.fixtures.User;
import dev.alchemy.session.SessionScope;
import dev.alchemy.test.databases.TestDatabase;

import static dev.alchemy.recordqueries.RecordedQueriesAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for query recording ({@code sqlalchemy.record-queries}), run on every database:
 * three authors with one post each.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class AbstractRecordQueriesTests {

	private static final int MAX_PER_SCOPE = 20;

	private static final int MAX_REPEATS = 2;

	private static ConfigurableApplicationContext context;

	private static TestDatabase database;

	private Db db;

	static void start(TestDatabase testDatabase) {
		database = testDatabase;
		context = FixturesApplication.start("sqlalchemy.database-uri=" + testDatabase.uri(),
				"sqlalchemy.record-queries=true", "sqlalchemy.recorded-queries.max-per-scope=" + MAX_PER_SCOPE,
				"sqlalchemy.recorded-queries.max-repeats=" + MAX_REPEATS,
				"logging.level.dev.alchemy.recordqueries=DEBUG");
		Db db = context.getBean(Db.class);
		db.createAll();
		try (SessionScope scope = db.openScope()) {
			for (String name : List.of("ada", "grace", "linus")) {
				User author = db.session().add(new User(name));
				db.session().add(new Post("post by " + name, author));
			}
			db.session().commit();
		}
	}

	@AfterAll
	static void stop() {
		if (context != null) {
			context.close();
			context = null;
		}
	}

	@BeforeEach
	void db() {
		this.db = context.getBean(Db.class);
	}

	private static String userTable() {
		return database.kind().equals("mariadb") ? "`user`" : "\"user\"";
	}

	@Test
	void recordsStatementParametersTimesAndWhereInTheApplicationItRan() {
		try (SessionScope scope = this.db.openScope()) {
			List<User> users = this.db.session()
				.createQuery("select u from User u where u.id < :id", User.class)
				.setParameter("id", 5L)
				.getResultList();
			assertThat(users).hasSize(3);
			RecordedQueries queries = this.db.recordedQueries();
			assertThat(queries).hasSize(1);
			QueryInfo query = queries.get(0);
			assertThat(query.statement()).containsIgnoringCase("select").containsIgnoringCase("from " + userTable());
			assertThat(query.parameters()).hasSize(1);
			assertThat(query.parameters().get(0)).containsExactly(5L);
			assertThat(query.duration()).isEqualTo(java.time.Duration.between(query.startTime(), query.endTime()));
			assertThat(query.endTime()).isAfterOrEqualTo(query.startTime());
			assertThat(query.bind()).isEqualTo("default");
			StackTraceElement location = query.location();
			assertThat(location).isNotNull();
			assertThat(location.getClassName()).isEqualTo(AbstractRecordQueriesTests.class.getName());
			assertThat(location.getMethodName())
				.isEqualTo("recordsStatementParametersTimesAndWhereInTheApplicationItRan");
			assertThat(location.getFileName()).isEqualTo("AbstractRecordQueriesTests.java");
			assertThat(location.getLineNumber()).isPositive();
		}
	}

	@Test
	void statementsFromJdbcTemplateAndRawConnectionsAreRecorded() throws Exception {
		try (SessionScope scope = this.db.openScope()) {
			new JdbcTemplate(this.db.engine()).queryForObject(
					"select count(*) from " + userTable() + " where username = ?", Integer.class, "ada");
			try (Connection connection = this.db.engine().getConnection();
					PreparedStatement statement = connection
						.prepareStatement("select username from " + userTable() + " where id > ? and username <> ?")) {
				statement.setLong(1, 0);
				statement.setNull(2, java.sql.Types.VARCHAR);
				try (ResultSet rows = statement.executeQuery()) {
					rows.next();
				}
			}
			RecordedQueries queries = this.db.recordedQueries();
			assertThat(queries).extracting(QueryInfo::statement)
				.containsExactly("select count(*) from " + userTable() + " where username = ?",
						"select username from " + userTable() + " where id > ? and username <> ?");
			assertThat(queries.get(0).parameters()).containsExactly(List.of("ada"));
			assertThat(queries.get(1).parameters()).containsExactly(java.util.Arrays.asList(0L, null));
		}
	}

	@Test
	void aBatchHasOneParameterListPerEntry() {
		try (SessionScope scope = this.db.openScope()) {
			JdbcTemplate jdbc = new JdbcTemplate(this.db.engine());
			jdbc.batchUpdate("update " + userTable() + " set email = ? where username = ?",
					List.of(new Object[] { "a@example.org", "nobody1" }, new Object[] { "b@example.org", "nobody2" }));
			QueryInfo batch = this.db.recordedQueries().get(0);
			assertThat(this.db.recordedQueries()).hasSize(1);
			assertThat(batch.parameters()).containsExactly(List.of("a@example.org", "nobody1"),
					List.of("b@example.org", "nobody2"));
		}
	}

	@Test
	void getOr404WithAnEntityGraphRecordsExactlyOneQuery() {
		Long postId = new JdbcTemplate(database.dataSource()).queryForObject("select min(id) from post", Long.class);
		try (SessionScope scope = this.db.openScope()) {
			EntityGraph<Post> withAuthor = this.db.session().entityManager(Post.class).createEntityGraph(Post.class);
			withAuthor.addAttributeNode("author");
			Post post = this.db.getOr404(withAuthor, postId);
			assertThat(post.getAuthor().getUsername()).isEqualTo("ada");
			assertThat(this.db.recordedQueries()).hasSize(1).hasNoneDropped().statements().singleElement()
				.asString().containsIgnoringCase("join");
		}
	}

	@Test
	void eachScopeStartsEmptyAndNothingIsRecordedOutsideOne() {
		new JdbcTemplate(this.db.engine()).queryForObject("select count(*) from post", Integer.class);
		assertThatIllegalStateException().isThrownBy(this.db::recordedQueries).withMessageContaining("db.openScope()");
		try (SessionScope scope = this.db.openScope()) {
			assertThat(this.db.recordedQueries()).isEmpty();
			this.db.session().createQuery("select p from Post p", Post.class).getResultList();
			assertThat(this.db.recordedQueries()).hasSize(1);
		}
		try (SessionScope scope = this.db.openScope()) {
			assertThat(this.db.recordedQueries()).isEmpty();
		}
	}

	@Test
	void aScopeKeepsTheLatestStatementsAndCountsTheDroppedOnes() {
		try (SessionScope scope = this.db.openScope()) {
			JdbcTemplate jdbc = new JdbcTemplate(this.db.engine());
			for (int i = 0; i < MAX_PER_SCOPE + 3; i++) {
				jdbc.queryForObject("select count(*) from post where id > ?", Integer.class, i);
			}
			RecordedQueries queries = this.db.recordedQueries();
			assertThat(queries).hasSize(MAX_PER_SCOPE);
			assertThat(queries.dropped()).isEqualTo(3);
			assertThat(queries.get(0).parameters()).containsExactly(List.of(3));
			assertThatExceptionOfType(AssertionError.class)
				.isThrownBy(() -> assertThat(this.db.recordedQueries()).hasNoneDropped())
				.withMessageContaining("3 were");
		}
	}

	@Test
	void aStatementRepeatedInAScopeIsReportedWithoutItsParameters(CapturedOutput output) {
		try (SessionScope scope = this.db.openScope()) {
			List<Post> posts = this.db.session()
				.createQuery("select p from Post p where p.title <> :title order by p.id", Post.class)
				.setParameter("title", "Parameter4711")
				.getResultList();
			// One query per author: the N+1 pattern.
			assertThat(posts).extracting((post) -> post.getAuthor().getUsername())
				.containsExactly("ada", "grace", "linus");
			assertThat(this.db.recordedQueries()).hasSize(4).hasNoStatementRepeatedMoreThan(3);
			assertThatExceptionOfType(AssertionError.class)
				.isThrownBy(() -> assertThat(this.db.recordedQueries()).hasNoStatementRepeatedMoreThan(MAX_REPEATS))
				.withMessageContaining("ran 3 times");
		}
		assertThat(output).contains("scope on thread '" + Thread.currentThread().getName() + "': 4 queries in ")
			.contains("ran the same statement 3 times on bind 'default', more than "
					+ "sqlalchemy.recorded-queries.max-repeats=" + MAX_REPEATS)
			.doesNotContain("Parameter4711");
	}

}
