package dev.alchemy.pagination;

import java.util.List;

/**
 * Loads the items of one page, so that a {@link Pagination} can move to its neighbours
 * with {@link Pagination#next()} and {@link Pagination#prev()}.
 * <p>
 * A fetcher only returns items: it has no way to hand back a total, so moving between
 * pages never runs a second count. The new page carries the total of the page it was
 * reached from, as in Flask-SQLAlchemy.
 *
 * @param <T> the type of the items
 * @author Alchemy team
 * @since 0.1.0
 */
@FunctionalInterface
public interface PageFetcher<T> {

	/**
	 * Load the items of the given page: at most {@link PageRequest#perPage()} of them,
	 * starting at {@link PageRequest#offset()}. A page past the end is an empty list,
	 * not an error.
	 * @param request the page to load
	 * @return the items of that page, never {@code null}
	 */
	List<T> fetch(PageRequest request);

}
