package dev.alchemy.pagination;

import java.util.List;
import java.util.function.Function;

import jakarta.persistence.metamodel.Metamodel;
import org.hibernate.query.KeyedPage;
import org.hibernate.query.KeyedResultList;
import org.hibernate.query.SelectionQuery;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.util.ClassUtils;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import dev.alchemy.web.NotFoundException;

/**
 * Runs a query one page at a time with Flask-SQLAlchemy's rules: the page and its size
 * from the options, else from the current request, else the defaults; the items in one
 * query and, unless told not to, the total in a second one that Hibernate derives from
 * the first (without its ordering and fetch joins).
 *
 * @author Alchemy team
 * @since 0.1.0
 */
public final class Paginator {

	private static final boolean WEB_PRESENT = ClassUtils.isPresent(
			"org.springframework.web.context.request.RequestContextHolder", Paginator.class.getClassLoader());

	private final PageDefaults defaults;

	private final String pageParameter;

	private final String perPageParameter;

	private final String cursorParameter;

	/**
	 * Create a paginator.
	 * @param defaults the default and largest page size
	 * @param pageParameter the request parameter that holds the page number
	 * @param perPageParameter the request parameter that holds the page size
	 * @param cursorParameter the request parameter that holds the cursor of a keyset page
	 */
	public Paginator(PageDefaults defaults, String pageParameter, String perPageParameter, String cursorParameter) {
		this.defaults = defaults;
		this.pageParameter = pageParameter;
		this.perPageParameter = perPageParameter;
		this.cursorParameter = cursorParameter;
	}

	/**
	 * Flask-SQLAlchemy's defaults: 20 a page, at most 100, {@code page} and
	 * {@code per_page}; keyset cursors in {@code cursor}.
	 * @return the paginator
	 */
	public static Paginator defaults() {
		return new Paginator(PageDefaults.defaults(), "page", "per_page", "cursor");
	}

	/**
	 * Load one page of a query.
	 * @param <T> the type of the items
	 * @param query the query; its own first result and maximum results are replaced
	 * @param options the page to load
	 * @return the page
	 * @throws dev.alchemy.web.NotFoundException when {@code errorOut} is set and the page
	 * or size is invalid, or the page is past the last one
	 */
	public <T> Pagination<T> paginate(SelectionQuery<T> query, PageOptions options) {
		PageRequest request = request(options);
		List<T> items = fetch(query, request);
		request.checkNotPastEnd(items, options.isErrorOut());
		Long total = options.isCount() ? query.getResultCount() : null;
		return Pagination.of(request, items, total, (other) -> fetch(query, other));
	}

	/**
	 * Load one page through a Spring Data repository method that takes a
	 * {@link Pageable}. A {@link Page} brings its total; a {@link Slice} has none, and
	 * neither has a page loaded with {@code count} turned off.
	 * @param <T> the type of the items
	 * @param finder calls the repository method with the page to load
	 * @param options the page to load
	 * @return the page
	 */
	public <T> Pagination<T> paginate(Function<Pageable, ? extends Slice<T>> finder, PageOptions options) {
		PageRequest request = request(options);
		Slice<T> slice = fetch(finder, request);
		request.checkNotPastEnd(slice.getContent(), options.isErrorOut());
		Long total = (options.isCount() && slice instanceof Page<T> page) ? page.getTotalElements() : null;
		return Pagination.of(request, slice.getContent(), total, (other) -> fetch(finder, other).getContent());
	}

	/**
	 * Load one page of a query by key, with Hibernate's keyset pagination
	 * ({@link SelectionQuery#getKeyedResultList(KeyedPage)}): the page the cursor points
	 * to, or the first page without one; the size as for numbered pages.
	 * @param <T> the entity type
	 * @param query a query that selects the entity the key is on; its {@code order by},
	 * first result and maximum results are replaced
	 * @param options the key, and what the request does not say
	 * @param metamodel the metamodel of the entity's database, where the key's attribute
	 * types are found
	 * @return the page
	 * @throws NotFoundException when {@code errorOut} is set and the cursor or size is
	 * invalid, or the cursor points past either end
	 * @throws IllegalArgumentException if the key cannot be used (see
	 * {@link KeysetOptions})
	 */
	public <T> KeysetPagination<T> paginate(SelectionQuery<T> query, KeysetOptions<T> options, Metamodel metamodel) {
		Keyset<T> keyset = Keyset.resolve(options.key(), metamodel);
		PageOptions pageOptions = options.toPageOptions();
		int perPage = request(pageOptions).perPage();
		String cursor = (options.getCursor() != null) ? options.getCursor() : parameter(this.cursorParameter);
		KeyedPage<T> page = (cursor != null && !cursor.isEmpty()) ? keyset.page(cursor, perPage) : keyset.first(perPage);
		if (page == null) {
			if (pageOptions.isErrorOut()) {
				throw new NotFoundException("Invalid " + this.cursorParameter + " parameter");
			}
			page = keyset.first(perPage);
		}
		// A first result set earlier would shift a page found by key.
		query.setFirstResult(0);
		KeyedResultList<T> result = query.getKeyedResultList(page);
		if (pageOptions.isErrorOut() && result.getResultList().isEmpty() && page.getKey() != null) {
			throw new NotFoundException("No items past this " + this.cursorParameter);
		}
		Long total = pageOptions.isCount() ? query.getResultCount() : null;
		return page(query, keyset, result, total);
	}

	private static <T> KeysetPagination<T> page(SelectionQuery<T> query, Keyset<T> keyset,
			KeyedResultList<T> result, @Nullable Long total) {
		KeyedPage<T> prev = result.getPreviousPage();
		KeyedPage<T> next = result.getNextPage();
		return new KeysetPagination<>(result.getResultList(), result.getPage().getPage().getSize(), total,
				(prev != null) ? keyset.cursor(prev) : null, (next != null) ? keyset.cursor(next) : null,
				(prev != null) ? () -> page(query, keyset, query.getKeyedResultList(prev), total) : null,
				(next != null) ? () -> page(query, keyset, query.getKeyedResultList(next), total) : null);
	}

	private static <T> Slice<T> fetch(Function<Pageable, ? extends Slice<T>> finder, PageRequest request) {
		if (request.offset() > Integer.MAX_VALUE) {
			return new SliceImpl<>(List.of());
		}
		return finder.apply(org.springframework.data.domain.PageRequest.of(request.page() - 1, request.perPage()));
	}

	private static <T> List<T> fetch(SelectionQuery<T> query, PageRequest request) {
		// Past any real end, and more than JPA's int offset can express.
		if (request.offset() > Integer.MAX_VALUE) {
			return List.of();
		}
		return query.setFirstResult((int) request.offset()).setMaxResults(request.perPage()).getResultList();
	}

	private PageRequest request(PageOptions options) {
		return request(Paginator::parameter, options);
	}

	/**
	 * Decide which page to load: what the options set, the rest from the request
	 * parameters, then the defaults, with Flask-SQLAlchemy's rules.
	 * @param parameters the request parameters by name; a missing one is {@code null}
	 * @param options the page, its size and the rules
	 * @return the page to load
	 * @throws dev.alchemy.web.NotFoundException when {@code errorOut} is set and the page
	 * or size is invalid
	 */
	public PageRequest request(Function<String, @Nullable String> parameters, PageOptions options) {
		PageDefaults defaults = (options.getMaxPerPage() != null)
				? new PageDefaults(this.defaults.defaultPerPage(), options.getMaxPerPage()) : this.defaults;
		// A number given in code follows the same rules as the same number in a request.
		String page = (options.getPage() != null) ? options.getPage().toString()
				: parameters.apply(this.pageParameter);
		String perPage = (options.getPerPage() != null) ? options.getPerPage().toString()
				: parameters.apply(this.perPageParameter);
		return PageRequest.resolve(page, perPage, defaults, options.isErrorOut());
	}

	/**
	 * The request parameter that holds the page number.
	 * @return the parameter name
	 */
	public String pageParameter() {
		return this.pageParameter;
	}

	/**
	 * The request parameter that holds the cursor of a keyset page.
	 * @return the parameter name
	 */
	public String cursorParameter() {
		return this.cursorParameter;
	}

	private static @Nullable String parameter(String name) {
		return WEB_PRESENT ? CurrentRequest.parameter(name) : null;
	}

	/**
	 * The web request of this thread; a class of its own so that nothing loads Spring's
	 * web classes where they are absent.
	 */
	private static final class CurrentRequest {

		static @Nullable String parameter(String name) {
			RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
			return (attributes instanceof ServletRequestAttributes servlet)
					? servlet.getRequest().getParameter(name) : null;
		}

	}

}
