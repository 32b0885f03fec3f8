package dev.alchemy.pagination;

import java.util.List;

import dev.alchemy.web.NotFoundException;
import org.jspecify.annotations.Nullable;

/**
 * Which page to load: a 1-based page number and a page size, both at least 1.
 * <p>
 * {@link #resolve(String, String, PageDefaults, boolean) resolve} turns the {@code page}
 * and {@code per_page} request parameters into a request with Flask-SQLAlchemy's rules:
 * <ul>
 * <li>a missing {@code page} is 1, a missing {@code per_page} is the default size;</li>
 * <li>a value that is not an integer, or is below 1, is a {@link NotFoundException}
 * when {@code errorOut} is set, otherwise page 1 or the default size;</li>
 * <li>a {@code per_page} above the maximum is lowered to it, which is not an error.</li>
 * </ul>
 * Where Flask-SQLAlchemy leans on Python's {@code int()}, Alchemy is stricter and safer:
 * <ul>
 * <li>an integer is ASCII digits with at most one leading {@code +} or {@code -}, as
 * {@code int()} and {@link Integer#parseInt(String)} both accept; blanks, full-width or
 * other non-ASCII digits, {@code _} separators, decimals and hexadecimal are not
 * integers (Python accepts the first three). Note that a literal {@code +} in a query
 * string is decoded to a blank, so {@code ?page=+2} arrives as {@code " 2"} and is
 * refused; only {@code ?page=%2B2} arrives as {@code "+2"};</li>
 * <li>a value too large for an {@code int} is never an error: as a page it becomes
 * {@link Integer#MAX_VALUE}, a page past any real end, so with {@code errorOut} it is a
 * 404 once the page turns out to be empty and without it an empty page; as a size it is
 * lowered to the maximum like any large size;</li>
 * <li>the default size is lowered to the maximum too, and an invalid {@code per_page}
 * falls back to that capped default (Flask-SQLAlchemy can fall back to an uncapped
 * 20).</li>
 * </ul>
 * A page past the last one can only be told once its items are loaded: see
 * {@link #checkNotPastEnd(List, boolean)}.
 *
 * @param page the 1-based page number
 * @param perPage the most items on a page
 * @author Alchemy team
 * @since 0.1.0
 */
public record PageRequest(int page, int perPage) {

	// Long enough for any sensible value, short enough that an error page cannot be made
	// to echo a whole request.
	private static final int MAX_ECHOED_LENGTH = 32;

	/**
	 * Check the numbers.
	 * @param page the 1-based page number
	 * @param perPage the most items on a page
	 */
	public PageRequest {
		if (page < 1) {
			throw new IllegalArgumentException("page must be at least 1, was " + page);
		}
		if (perPage < 1) {
			throw new IllegalArgumentException("perPage must be at least 1, was " + perPage);
		}
	}

	/**
	 * Resolve the {@code page} and {@code per_page} request parameters.
	 * @param pageParam the {@code page} parameter, or {@code null} when it is missing
	 * @param perPageParam the {@code per_page} parameter, or {@code null} when it is
	 * missing
	 * @param defaults the default and the largest page size
	 * @param errorOut whether an invalid value is a {@link NotFoundException} rather
	 * than replaced by its default
	 * @return the page to load
	 * @throws NotFoundException if {@code errorOut} is set and a value is not an integer
	 * or is below 1
	 */
	public static PageRequest resolve(@Nullable String pageParam, @Nullable String perPageParam,
			PageDefaults defaults, boolean errorOut) {
		int page = (pageParam != null) ? resolvePage(parse(pageParam), pageParam, errorOut) : 1;
		int perPage = (perPageParam != null) ? resolvePerPage(parse(perPageParam), perPageParam, defaults, errorOut)
				: defaults.cap(defaults.defaultPerPage());
		return new PageRequest(page, perPage);
	}

	/**
	 * Resolve a page number and size given in code, with the same rules as request
	 * parameters: a value below 1 is a {@link NotFoundException} or its default, a size
	 * above the maximum is lowered to it.
	 * @param page the 1-based page number
	 * @param perPage the most items on a page
	 * @param defaults the default and the largest page size
	 * @param errorOut whether a value below 1 is a {@link NotFoundException} rather than
	 * replaced by its default
	 * @return the page to load
	 * @throws NotFoundException if {@code errorOut} is set and a value is below 1
	 */
	public static PageRequest resolve(int page, int perPage, PageDefaults defaults, boolean errorOut) {
		return new PageRequest(resolvePage(page, Integer.toString(page), errorOut),
				resolvePerPage(perPage, Integer.toString(perPage), defaults, errorOut));
	}

	private static int resolvePage(@Nullable Integer value, String text, boolean errorOut) {
		if (value == null || value < 1) {
			return invalid("page", text, errorOut, 1);
		}
		return value;
	}

	private static int resolvePerPage(@Nullable Integer value, String text, PageDefaults defaults,
			boolean errorOut) {
		if (value == null || value < 1) {
			return defaults.cap(invalid("per_page", text, errorOut, defaults.defaultPerPage()));
		}
		return defaults.cap(value);
	}

	private static int invalid(String name, String text, boolean errorOut, int fallback) {
		if (errorOut) {
			throw new NotFoundException("Invalid " + name + " parameter '" + echo(text) + "'");
		}
		return fallback;
	}

	private static String echo(String text) {
		return (text.length() <= MAX_ECHOED_LENGTH) ? text : text.substring(0, MAX_ECHOED_LENGTH) + "...";
	}

	/**
	 * Parse a base-10 integer of ASCII digits with an optional sign, saturating at the
	 * bounds of {@code int} instead of failing, so that no input can turn into a server
	 * error.
	 * @param text the text to parse
	 * @return the value, or {@code null} if the text is not an integer
	 */
	private static @Nullable Integer parse(String text) {
		int start = 0;
		boolean negative = false;
		if (!text.isEmpty() && (text.charAt(0) == '+' || text.charAt(0) == '-')) {
			negative = text.charAt(0) == '-';
			start = 1;
		}
		if (start == text.length()) {
			return null;
		}
		long magnitude = 0;
		for (int i = start; i < text.length(); i++) {
			char ch = text.charAt(i);
			if (ch < '0' || ch > '9') {
				return null;
			}
			// Stop growing once past int range: the rest only has to be checked for
			// digits, and the value cannot overflow the long.
			if (magnitude <= Integer.MAX_VALUE) {
				magnitude = magnitude * 10 + (ch - '0');
			}
		}
		long value = negative ? -magnitude : magnitude;
		return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
	}

	/**
	 * The number of items before this page: what a query skips.
	 * <p>
	 * It is a {@code long} because a page number that saturated at
	 * {@link Integer#MAX_VALUE} gives an offset beyond {@code int}; such a page cannot
	 * hold any items, so a query API that only takes an {@code int} offset can return an
	 * empty list for it without asking the database.
	 * @return {@code (page - 1) * perPage}
	 */
	public long offset() {
		return (long) (this.page - 1) * this.perPage;
	}

	/**
	 * Apply the rule for pages past the end, once this page's items are loaded: no
	 * items on a page other than the first is a {@link NotFoundException} when
	 * {@code errorOut} is set. An empty first page is an empty table or result, which is
	 * fine. Call it before counting, so that a request for a missing page costs no count.
	 * @param items the items loaded for this page
	 * @param errorOut whether a page past the end is an error
	 * @throws NotFoundException if {@code errorOut} is set, {@code items} is empty and
	 * this is not page 1
	 */
	public void checkNotPastEnd(List<?> items, boolean errorOut) {
		if (errorOut && items.isEmpty() && this.page != 1) {
			throw new NotFoundException("Page " + this.page + " is past the last page");
		}
	}

}
