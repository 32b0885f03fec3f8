package dev.alchemy.benchmarks.requestpath;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The quickstart contract's page of JSON, for the variants that have no Alchemy
 * {@code Pagination} to serialise: the same fields, computed with Flask-SQLAlchemy's rules.
 *
 * @param <T> the type of the items
 * @param items the items of the page
 * @param page the page number
 * @param perPage the page size
 * @param total the number of items on all pages
 * @param pages the number of pages
 * @param hasPrev whether there is a page before this one
 * @param hasNext whether there is a page after this one
 * @param prevNum the previous page's number
 * @param nextNum the next page's number
 * @param first the position of the first item of the page, 0 for an empty page
 * @param last the position of the last item of the page, 0 for an empty page
 * @param iterPages the page widget's numbers, {@code null} for a gap
 * @author Alchemy team
 * @since 0.1.0
 */
public record PageJson<T>(List<T> items, int page, int perPage, long total, int pages, boolean hasPrev,
		boolean hasNext, @Nullable Integer prevNum, @Nullable Integer nextNum, long first, long last,
		List<@Nullable Integer> iterPages) {

	/** The most items a page may have, as the quickstart's {@code max_per_page}. */
	public static final int MAX_PER_PAGE = 100;

	private static final int DEFAULT_PER_PAGE = 20;

	/**
	 * A page of items.
	 * @param <T> the type of the items
	 * @param items the items of the page
	 * @param page the page number
	 * @param perPage the page size
	 * @param total the number of items on all pages
	 * @return the page
	 */
	public static <T> PageJson<T> of(List<T> items, int page, int perPage, long total) {
		int pages = (int) ((total + perPage - 1) / perPage);
		boolean hasPrev = page > 1;
		boolean hasNext = page < pages;
		long first = items.isEmpty() ? 0 : (long) (page - 1) * perPage + 1;
		long last = items.isEmpty() ? 0 : first + items.size() - 1;
		return new PageJson<>(items, page, perPage, total, pages, hasPrev, hasNext, hasPrev ? page - 1 : null,
				hasNext ? page + 1 : null, first, last, iterPages(page, pages));
	}

	/**
	 * The page a request asks for, with the quickstart's rules: page 1 and 20 items
	 * unless the parameters say otherwise, at most {@link #MAX_PER_PAGE} items.
	 * @param page the {@code page} parameter, or {@code null}
	 * @param perPage the {@code per_page} parameter, or {@code null}
	 * @return the page and its size
	 * @throws ResponseStatusException (a 404) for a parameter that is not a positive
	 * integer
	 */
	public static Requested requested(@Nullable String page, @Nullable String perPage) {
		Requested requested = new Requested(parameter(page, 1),
				Math.min(parameter(perPage, DEFAULT_PER_PAGE), MAX_PER_PAGE));
		if (requested.page() < 1 || requested.perPage() < 1) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return requested;
	}

	/**
	 * Parse a {@code page} or {@code per_page} parameter as the quickstart does.
	 * @param value the parameter, or {@code null} when absent
	 * @param fallback the value when absent
	 * @return the number, or -1 when it is not a positive integer (a 404)
	 */
	public static int parameter(@Nullable String value, int fallback) {
		if (value == null) {
			return fallback;
		}
		try {
			int number = Integer.parseInt(value);
			return (number > 0) ? number : -1;
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	// Flask-SQLAlchemy's iter_pages(left_edge=2, left_current=2, right_current=4, right_edge=2)
	private static List<@Nullable Integer> iterPages(int page, int pages) {
		List<@Nullable Integer> numbers = new ArrayList<>();
		int pagesEnd = pages + 1;
		if (pagesEnd == 1) {
			return numbers;
		}
		int leftEnd = Math.min(1 + 2, pagesEnd);
		addRange(numbers, 1, leftEnd);
		if (leftEnd == pagesEnd) {
			return numbers;
		}
		int midStart = Math.max(leftEnd, page - 2);
		int midEnd = Math.min(page + 4 + 1, pagesEnd);
		if (midStart > leftEnd) {
			numbers.add(null);
		}
		addRange(numbers, midStart, midEnd);
		if (midEnd == pagesEnd) {
			return numbers;
		}
		int rightStart = Math.max(midEnd, pagesEnd - 2);
		if (rightStart > midEnd) {
			numbers.add(null);
		}
		addRange(numbers, rightStart, pagesEnd);
		return numbers;
	}

	/**
	 * A page number and size that a request asked for.
	 *
	 * @param page the 1-based page number
	 * @param perPage the page size
	 */
	public record Requested(int page, int perPage) {

	}

	private static void addRange(List<@Nullable Integer> numbers, int from, int to) {
		for (int number = from; number < to; number++) {
			numbers.add(number);
		}
	}

}
