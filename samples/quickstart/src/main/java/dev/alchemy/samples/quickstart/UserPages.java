package dev.alchemy.samples.quickstart;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import dev.alchemy.Db;
import dev.alchemy.pagination.PageDefaults;
import dev.alchemy.pagination.PageRequest;
import dev.alchemy.pagination.Pagination;

/**
 * Pages of users ordered by username, for the JSON API and the HTML list alike: the one
 * place where the application paginates, so that it can become a single
 * {@code db.paginate(...)} call.
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
	 * Load a page with Flask-SQLAlchemy's rules: 20 users a page unless
	 * {@code per_page} says otherwise, at most 100.
	 * @param page the {@code page} request parameter, or {@code null}
	 * @param perPage the {@code per_page} request parameter, or {@code null}
	 * @return the page
	 * @throws dev.alchemy.web.NotFoundException (a 404) for a parameter that is not a
	 * positive integer, or a page past the last one
	 */
	Pagination<User> page(@Nullable String page, @Nullable String perPage) {
		PageRequest request = PageRequest.resolve(page, perPage, PageDefaults.defaults(), true);
		List<User> items = items(request);
		request.checkNotPastEnd(items, true);
		long total = this.db.session().createQuery("select count(u) from User u", Long.class).getSingleResult();
		return Pagination.of(request, items, total, this::items);
	}

	private List<User> items(PageRequest request) {
		if (request.offset() > Integer.MAX_VALUE) {
			return List.of();
		}
		return this.db.session()
			.createQuery("select u from User u order by u.username", User.class)
			.setFirstResult((int) request.offset())
			.setMaxResults(request.perPage())
			.getResultList();
	}

}
