package dev.alchemy.samples.quickstart;

import org.springframework.stereotype.Component;

import dev.alchemy.Db;
import dev.alchemy.pagination.Pagination;

/**
 * Pages of users ordered by username, for the JSON API and the HTML list alike.
 *
 * @author Alchemy team
 */
@Component
class UserPages {

	private final Db db;

	UserPages(Db db) {
		this.db = db;
	}

	/**
	 * Load the page the request asks for with Flask-SQLAlchemy's rules: 20 users a page
	 * unless {@code per_page} says otherwise, at most 100.
	 * @return the page
	 * @throws dev.alchemy.web.NotFoundException (a 404) for a parameter that is not a
	 * positive integer, or a page past the last one
	 */
	Pagination<User> page() {
		return this.db.paginate(this.db.session().createQuery("select u from User u order by u.username", User.class));
	}

}
