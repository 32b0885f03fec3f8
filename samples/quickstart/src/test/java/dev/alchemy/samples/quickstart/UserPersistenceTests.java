package dev.alchemy.samples.quickstart;

import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.context.transaction.AfterTransaction;

import dev.alchemy.Db;
import dev.alchemy.pagination.Pagination;
import dev.alchemy.test.AlchemyTest;
import dev.alchemy.web.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The quickstart's persistence layer under {@code @AlchemyTest}: no web server, a fresh
 * SQLite file instead of {@code project.db}, and every test rolled back, so each one
 * starts with no users whatever the others did.
 *
 * @author Alchemy team
 */
@AlchemyTest(includeFilters = @Filter(type = FilterType.ASSIGNABLE_TYPE, classes = UserPages.class))
class UserPersistenceTests {

	@Autowired
	Db db;

	@Autowired
	UserPages pages;

	@Test
	void pagesListUsersByUsername() {
		this.db.session().add(new User("grace", "grace@example.com"));
		this.db.session().add(new User("ada", "ada@example.com"));
		this.db.session().commit();
		Pagination<User> page = this.pages.page();
		assertThat(page.total()).isEqualTo(2);
		assertThat(page.items()).extracting(User::getUsername).containsExactly("ada", "grace");
	}

	@Test
	void usernamesAreUnique() {
		this.db.session().add(new User("ada", "ada@example.com"));
		this.db.session().commit();
		// Identity ids make add() insert at once, so the violation may come from add().
		assertThatException().isThrownBy(() -> {
			this.db.session().add(new User("ada", "another@example.com"));
			this.db.session().commit();
		}).isInstanceOfAny(DataIntegrityViolationException.class, ConstraintViolationException.class);
	}

	@Test
	void aMissingUserIsNotFound() {
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.db.getOr404(User.class, 404L));
	}

	@AfterTransaction
	void everyTestLeavesNoUsers() {
		// The test's session scope is still open here, outside the rolled-back transaction.
		assertThat(this.db.session().createQuery("select count(u) from User u", Long.class).getSingleResult())
			.isZero();
	}

}
