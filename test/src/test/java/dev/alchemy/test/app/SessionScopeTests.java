package dev.alchemy.test.app;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.transaction.AfterTransaction;
import org.springframework.test.context.transaction.BeforeTransaction;
import org.springframework.transaction.annotation.Transactional;

import dev.alchemy.Db;
import dev.alchemy.session.SessionScope;
import dev.alchemy.test.AutoConfigureTestDatabases;
import dev.alchemy.test.SessionScopeTestExecutionListener;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where {@link SessionScopeTestExecutionListener} opens a scope: in every test of an
 * application without a web context, around the test's transaction, and not in tests of a
 * web application context, whose requests open their own.
 */
class SessionScopeTests {

	@Nested
	@SpringBootTest(webEnvironment = WebEnvironment.NONE)
	@AutoConfigureTestDatabases
	class WithoutWeb {

		@Autowired
		Db db;

		@Test
		void theSessionWorksInAPlainSpringBootTest() {
			assertThat(SessionScope.isOpen()).isTrue();
			this.db.session().add(new Widget("in-a-plain-test"));
			this.db.session().commit();
			assertThat(this.db.session().createQuery("select w from Widget w", Widget.class).getResultList())
				.extracting(Widget::getCode)
				.contains("in-a-plain-test");
			this.db.session().delete(this.db.session()
				.createQuery("select w from Widget w where w.code = 'in-a-plain-test'", Widget.class)
				.getSingleResult());
			this.db.session().commit();
		}

		@Test
		@Transactional
		void theScopeIsOpenBeforeAndAfterTheTestsTransaction() {
			assertThat(SessionScope.isOpen()).isTrue();
		}

		@BeforeTransaction
		@AfterTransaction
		void scopeIsOpenAroundTheTransaction() {
			assertThat(SessionScope.isOpen()).isTrue();
		}

	}

	@Nested
	@SpringBootTest
	@AutoConfigureTestDatabases
	class WithMockWeb {

		@Test
		void requestsOpenTheirOwnScopes() {
			assertThat(SessionScope.isOpen()).isFalse();
		}

	}

}
