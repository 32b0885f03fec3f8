package dev.alchemy.test.app;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.Commit;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.transaction.AfterTransaction;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dev.alchemy.Db;
import dev.alchemy.test.AlchemyTest;
import dev.alchemy.test.app.auth.Gadget;
import dev.alchemy.test.app.auth.GadgetRepository;
import dev.alchemy.test.app.meta.Badge;

import static dev.alchemy.test.app.RollbackTests.rows;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that commit: their rows stay. The class has a context (and so databases) of its
 * own, which it dirties, so that the rows it leaves never reach other test classes.
 */
@AlchemyTest(properties = "spring.application.name=commit-tests")
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CommitTests {

	@Autowired
	Db db;

	@Autowired
	WidgetRepository widgets;

	@Autowired
	GadgetRepository gadgets;

	@Test
	@Order(1)
	@Commit
	void commitKeepsTheRowsOfEveryBind() {
		this.db.session().add(new Widget("kept"));
		this.widgets.save(new Widget("kept-too"));
		this.gadgets.save(new Gadget("kept"));
		this.db.session().add(new Badge("kept"));
	}

	@AfterTransaction
	void rowsAreThereOutsideTheTransaction() {
		assertThat(rows(this.db.engine(), "widget")).isEqualTo(2);
		assertThat(rows(this.db.engine("auth"), "gadget")).isOne();
		assertThat(rows(this.db.engine("meta"), "badge")).isOne();
	}

	@Test
	@Order(2)
	void aLaterTestSeesTheCommittedRows() {
		assertThat(this.widgets.findByCode("kept")).isPresent();
		assertThat(this.widgets.findByCode("kept-too")).isPresent();
		assertThat(this.gadgets.findByCode("kept")).isPresent();
		// Rolled back: the check after the transaction still counts two widgets.
		this.widgets.save(new Widget("rolled-back"));
	}

	@Test
	@Order(3)
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void withoutATestTransactionTheSessionCommitsForReal() {
		this.db.session().add(new Widget("committed-by-the-session"));
		this.db.session().commit();
		assertThat(rows(this.db.engine(), "widget")).isEqualTo(3);
		this.widgets.delete(this.widgets.findByCode("committed-by-the-session").orElseThrow());
	}

}
