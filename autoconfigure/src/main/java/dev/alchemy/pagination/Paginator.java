package dev.alchemy.pagination;

import java.util.List;
import java.util.function.Function;

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

	/**
	 * Create a paginator.
	 * @param defaults the default and largest page size
	 * @param pageParameter the request parameter that holds the page number
	 * @param perPageParameter the request parameter that holds the page size
	 */
	public Paginator(PageDefaults defaults, String pageParameter, String perPageParameter) {
		this.defaults = defaults;
		this.pageParameter = pageParameter;
		this.perPageParameter = perPageParameter;
	}

	/**
	 * Flask-SQLAlchemy's defaults: 20 a page, at most 100, {@code page} and
	 * {@code per_page}.
	 * @return the paginator
	 */
	public static Paginator defaults() {
		return new Paginator(PageDefaults.defaults(), "page", "per_page");
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
