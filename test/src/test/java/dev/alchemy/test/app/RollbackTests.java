package dev.alchemy.test.app;

import javax.sql.DataSource;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.MethodOrdererContext;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.transaction.AfterTransaction;

import dev.alchemy.Db;
import dev.alchemy.test.AlchemyTest;
import dev.alchemy.test.app.auth.Gadget;
import dev.alchemy.test.app.auth.GadgetRepository;
import dev.alchemy.test.app.meta.Badge;
import dev.alchemy.test.app.meta.BadgeRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two tests insert the same unique code on every bind, one through {@code db.session()},
 * the other through the repositories, in both orders: each passes only if the other's
 * rows were rolled back on every bind. After each test the rows are counted outside any
 * transaction, straight from each bind's engine.
 */
class RollbackTests {

	static final String CODE = "same-code-everywhere";

	@Nested
	@TestMethodOrder(MethodOrderer.MethodName.class)
	class SessionFirst extends UniqueCodeTests {

	}

	@Nested
	@TestMethodOrder(ReverseMethodName.class)
	class RepositoriesFirst extends UniqueCodeTests {

	}

	@AlchemyTest
	abstract static class UniqueCodeTests {

		@Autowired
		Db db;

		@Autowired
		WidgetRepository widgets;

		@Autowired
		GadgetRepository gadgets;

		@Autowired
		BadgeRepository badges;

		@Test
		void a_insertsTheCodeOnEveryBindThroughTheSession() {
			this.db.session().add(new Widget(CODE));
			this.db.session().add(new Gadget(CODE));
			this.db.session().add(new Badge(CODE));
			// Inside the test's transaction commit() flushes: the unique constraints are
			// checked now, and nothing is committed.
			this.db.session().commit();
			assertThat(this.widgets.findByCode(CODE)).isPresent();
			assertThat(this.gadgets.findByCode(CODE)).isPresent();
			assertThat(this.badges.findByCode(CODE)).isPresent();
		}

		@Test
		void b_insertsTheCodeOnEveryBindThroughRepositories() {
			this.widgets.saveAndFlush(new Widget(CODE));
			this.gadgets.saveAndFlush(new Gadget(CODE));
			this.badges.saveAndFlush(new Badge(CODE));
			assertThat(this.widgets.count()).isOne();
			assertThat(this.gadgets.count()).isOne();
			assertThat(this.badges.count()).isOne();
		}

		@AfterTransaction
		void nothingIsLeftOnAnyBind() {
			assertThat(rows(this.db.engine(), "widget")).isZero();
			assertThat(rows(this.db.engine("auth"), "gadget")).isZero();
			assertThat(rows(this.db.engine("meta"), "badge")).isZero();
		}

	}

	static long rows(DataSource dataSource, String table) {
		Long count = new JdbcTemplate(dataSource).queryForObject("select count(*) from " + table, Long.class);
		return (count != null) ? count : -1;
	}

	/**
	 * Runs the tests in reverse order of their names.
	 */
	static class ReverseMethodName implements MethodOrderer {

		@Override
		public void orderMethods(MethodOrdererContext context) {
			context.getMethodDescriptors()
				.sort((one, other) -> other.getMethod().getName().compareTo(one.getMethod().getName()));
		}

	}

}
