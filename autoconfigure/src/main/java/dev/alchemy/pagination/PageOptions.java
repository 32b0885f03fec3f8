package dev.alchemy.pagination;

import org.jspecify.annotations.Nullable;

/**
 * How {@code db.paginate(...)} picks a page, as Flask-SQLAlchemy's {@code paginate}
 * arguments: what is not set here comes from the current request's {@code page} and
 * {@code per_page} parameters, then from {@code sqlalchemy.pagination}.
 * <pre class="code">
 * db.paginate(query, PageOptions.fromRequest().maxPerPage(50).count(false));
 * </pre> Instances are immutable: every method returns a new one.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
public final class PageOptions {

	private static final PageOptions FROM_REQUEST = new PageOptions(null, null, null, true, true);

	private final @Nullable Integer page;

	private final @Nullable Integer perPage;

	private final @Nullable Integer maxPerPage;

	private final boolean errorOut;

	private final boolean count;

	private PageOptions(@Nullable Integer page, @Nullable Integer perPage, @Nullable Integer maxPerPage,
			boolean errorOut, boolean count) {
		this.page = page;
		this.perPage = perPage;
		this.maxPerPage = maxPerPage;
		this.errorOut = errorOut;
		this.count = count;
	}

	/**
	 * Page and size from the current request, the configured defaults, errors as 404s,
	 * and a count query.
	 * @return the options
	 */
	public static PageOptions fromRequest() {
		return FROM_REQUEST;
	}

	/**
	 * Load the page of a resolved request, for example a controller's
	 * {@link PageRequest} parameter.
	 * @param request the page and its size
	 * @return the options
	 */
	public static PageOptions of(PageRequest request) {
		return FROM_REQUEST.page(request.page()).perPage(request.perPage());
	}

	/**
	 * Load this page instead of the request's.
	 * @param page the 1-based page number
	 * @return new options
	 */
	public PageOptions page(int page) {
		return new PageOptions(page, this.perPage, this.maxPerPage, this.errorOut, this.count);
	}

	/**
	 * Use this page size instead of the request's.
	 * @param perPage the page size
	 * @return new options
	 */
	public PageOptions perPage(int perPage) {
		return new PageOptions(this.page, perPage, this.maxPerPage, this.errorOut, this.count);
	}

	/**
	 * Cap the page size at this instead of {@code sqlalchemy.pagination.max-per-page}.
	 * @param maxPerPage the largest page size
	 * @return new options
	 */
	public PageOptions maxPerPage(int maxPerPage) {
		if (maxPerPage < 1) {
			throw new IllegalArgumentException("maxPerPage must be at least 1, was " + maxPerPage);
		}
		return new PageOptions(this.page, this.perPage, maxPerPage, this.errorOut, this.count);
	}

	/**
	 * Whether an invalid page or size, or a page past the last one, is a 404 (the
	 * default) rather than corrected to page 1, the default size or an empty page.
	 * @param errorOut whether to fail with a 404
	 * @return new options
	 */
	public PageOptions errorOut(boolean errorOut) {
		return new PageOptions(this.page, this.perPage, this.maxPerPage, errorOut, this.count);
	}

	/**
	 * Whether to count every item with a second query (the default). Without it,
	 * {@code total()} and {@code pages()} are unknown and no count query runs.
	 * @param count whether to count
	 * @return new options
	 */
	public PageOptions count(boolean count) {
		return new PageOptions(this.page, this.perPage, this.maxPerPage, this.errorOut, count);
	}

	@Nullable Integer getPage() {
		return this.page;
	}

	@Nullable Integer getPerPage() {
		return this.perPage;
	}

	@Nullable Integer getMaxPerPage() {
		return this.maxPerPage;
	}

	boolean isErrorOut() {
		return this.errorOut;
	}

	boolean isCount() {
		return this.count;
	}

}
