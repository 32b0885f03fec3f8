package dev.alchemy.pagination;

import org.jspecify.annotations.Nullable;

/**
 * The numbers a {@link PageRequest} falls back on: how many items a page holds when the
 * request does not say, and how many it may hold at most whatever the request says.
 *
 * @param defaultPerPage items per page when {@code per_page} is missing, or invalid and
 * not an error
 * @param maxPerPage largest {@code per_page} a client may ask for; a larger value is
 * lowered to it, not rejected; {@code null} for no limit
 * @author Alchemy team
 * @since 0.1.0
 */
public record PageDefaults(int defaultPerPage, @Nullable Integer maxPerPage) {

	private static final PageDefaults DEFAULTS = new PageDefaults(20, 100);

	/**
	 * Check the numbers.
	 * @param defaultPerPage items per page when the request does not say
	 * @param maxPerPage largest {@code per_page} a client may ask for, or {@code null}
	 */
	public PageDefaults {
		if (defaultPerPage < 1) {
			throw new IllegalArgumentException("defaultPerPage must be at least 1, was " + defaultPerPage);
		}
		if (maxPerPage != null && maxPerPage < 1) {
			throw new IllegalArgumentException("maxPerPage must be at least 1 or null, was " + maxPerPage);
		}
	}

	/**
	 * Flask-SQLAlchemy's documented numbers: 20 items per page, at most 100. (Its code
	 * passes no limit at all on the public paths; the documented limit is the safer one
	 * for an endpoint anyone can call.)
	 * @return 20 per page, at most 100
	 */
	public static PageDefaults defaults() {
		return DEFAULTS;
	}

	/**
	 * Lower a requested page size to {@link #maxPerPage()}.
	 * @param perPage the requested size
	 * @return the size to use
	 */
	int cap(int perPage) {
		return (this.maxPerPage != null) ? Math.min(perPage, this.maxPerPage) : perPage;
	}

}
