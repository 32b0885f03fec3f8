package dev.alchemy.pagination;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

/**
 * One page of results, with what a page widget needs: the items, the position among all
 * pages, and the page numbers to link to. It follows Flask-SQLAlchemy's
 * {@code Pagination}.
 * <p>
 * Serialised to JSON as an object with the properties {@code items}, {@code page},
 * {@code perPage}, {@code total}, {@code pages}, {@code hasPrev}, {@code hasNext},
 * {@code prevNum}, {@code nextNum}, {@code first}, {@code last} and {@code iterPages},
 * in that order, {@code null} values included. Iterating over a pagination iterates over
 * its items.
 * <p>
 * When the count was not run ({@link #total()} is {@code null}), the number of pages is
 * unknown and taken as 0: {@link #hasNext()} is then always {@code false}, while
 * {@link #hasPrev()} still works.
 *
 * @param <T> the type of the items
 * @author Alchemy team
 * @since 0.1.0
 */
@JsonPropertyOrder({ "items", "page", "perPage", "total", "pages", "hasPrev", "hasNext", "prevNum", "nextNum",
		"first", "last", "iterPages" })
// The JSON shape is a public contract: an application-wide "leave out nulls" setting
// must not drop total, prevNum, nextNum or the gaps in iterPages.
@JsonInclude(value = JsonInclude.Include.ALWAYS, content = JsonInclude.Include.ALWAYS)
public final class Pagination<T> implements Iterable<T> {

	private final PageRequest request;

	private final List<T> items;

	private final @Nullable Long total;

	private final @Nullable PageFetcher<T> fetcher;

	private Pagination(PageRequest request, List<T> items, @Nullable Long total, @Nullable PageFetcher<T> fetcher) {
		if (items.size() > request.perPage()) {
			throw new IllegalArgumentException(
					"A page of " + request.perPage() + " cannot hold " + items.size() + " items");
		}
		if (total != null && total < 0) {
			throw new IllegalArgumentException("total must not be negative, was " + total);
		}
		this.request = request;
		// Not List.copyOf: a page of a nullable column may hold nulls.
		this.items = Collections.unmodifiableList(new ArrayList<>(items));
		this.total = total;
		this.fetcher = fetcher;
	}

	/**
	 * Create a page that can load its neighbours.
	 * @param <T> the type of the items
	 * @param request the page and its size
	 * @param items the items on the page, at most {@link PageRequest#perPage()}
	 * @param total the number of items on all pages, or {@code null} if they were not
	 * counted
	 * @param fetcher loads the items of another page for {@link #next()} and
	 * {@link #prev()}
	 * @return the page
	 */
	public static <T> Pagination<T> of(PageRequest request, List<T> items, @Nullable Long total,
			PageFetcher<T> fetcher) {
		return new Pagination<>(request, items, total, fetcher);
	}

	/**
	 * Create a page from numbers you already have, for example to render a page widget
	 * for results that do not come from a query. It cannot load its neighbours:
	 * {@link #next()} and {@link #prev()} throw {@link IllegalStateException}.
	 * @param <T> the type of the items
	 * @param page the 1-based page number
	 * @param perPage the most items on a page
	 * @param items the items on the page, at most {@code perPage}
	 * @param total the number of items on all pages
	 * @return the page
	 */
	public static <T> Pagination<T> of(int page, int perPage, List<T> items, long total) {
		return new Pagination<>(new PageRequest(page, perPage), items, total, null);
	}

	/**
	 * The items on this page.
	 * @return the items, unmodifiable
	 */
	@JsonProperty("items")
	public List<T> items() {
		return this.items;
	}

	/**
	 * The 1-based number of this page.
	 * @return the page number
	 */
	@JsonProperty("page")
	public int page() {
		return this.request.page();
	}

	/**
	 * The most items a page holds.
	 * @return the page size
	 */
	@JsonProperty("perPage")
	public int perPage() {
		return this.request.perPage();
	}

	/**
	 * The number of items on all pages.
	 * @return the total, or {@code null} if it was not counted
	 */
	@JsonProperty("total")
	public @Nullable Long total() {
		return this.total;
	}

	/**
	 * The number of pages: {@code total} divided by {@code perPage}, rounded up.
	 * @return the number of pages, 0 if there are no items or they were not counted
	 */
	@JsonProperty("pages")
	public int pages() {
		if (this.total == null || this.total == 0) {
			return 0;
		}
		long pages = (this.total + perPage() - 1) / perPage();
		// Only a total beyond int range counted in pages of one item gets here.
		return (int) Math.min(pages, Integer.MAX_VALUE);
	}

	/**
	 * Whether there is a page before this one.
	 * @return whether this is not the first page
	 */
	@JsonProperty("hasPrev")
	public boolean hasPrev() {
		return page() > 1;
	}

	/**
	 * Whether there is a page after this one.
	 * @return whether this page is before the last one; always {@code false} when the
	 * items were not counted
	 */
	@JsonProperty("hasNext")
	public boolean hasNext() {
		return page() < pages();
	}

	/**
	 * The number of the page before this one.
	 * @return the previous page number, or {@code null} on the first page
	 */
	@JsonProperty("prevNum")
	public @Nullable Integer prevNum() {
		return hasPrev() ? page() - 1 : null;
	}

	/**
	 * The number of the page after this one.
	 * @return the next page number, or {@code null} if {@link #hasNext()} is
	 * {@code false}
	 */
	@JsonProperty("nextNum")
	public @Nullable Integer nextNum() {
		return hasNext() ? page() + 1 : null;
	}

	/**
	 * The 1-based position of the first item on this page among all items, as in
	 * "showing 21 to 40 of 125".
	 * @return the position of the first item, or 0 if the page is empty
	 */
	@JsonProperty("first")
	public long first() {
		return this.items.isEmpty() ? 0 : this.request.offset() + 1;
	}

	/**
	 * The 1-based position of the last item on this page among all items.
	 * @return the position of the last item, or 0 if the page is empty
	 */
	@JsonProperty("last")
	public long last() {
		return this.items.isEmpty() ? 0 : first() + this.items.size() - 1;
	}

	/**
	 * The page numbers for a page widget, as {@link #iterPages(int, int, int, int)
	 * iterPages(2, 2, 4, 2)}: the first two pages, two before this one to four after
	 * it, and the last two. With 20 pages, on page 7:
	 * {@code 1, 2, null, 5, 6, 7, 8, 9, 10, 11, null, 19, 20}.
	 * @return the page numbers, with {@code null} where pages are skipped
	 */
	@JsonProperty("iterPages")
	public List<@Nullable Integer> iterPages() {
		return iterPages(2, 2, 4, 2);
	}

	/**
	 * The page numbers for a page widget: pages at the left edge, pages around this one
	 * and pages at the right edge, each number once and in order, with one {@code null}
	 * wherever pages are skipped, even a single page. Nothing when there are no pages.
	 * @param leftEdge how many pages to show from the first page
	 * @param leftCurrent how many pages to show before this page
	 * @param rightCurrent how many pages to show after this page
	 * @param rightEdge how many pages to show up to the last page
	 * @return the page numbers, with {@code null} where pages are skipped
	 */
	public List<@Nullable Integer> iterPages(int leftEdge, int leftCurrent, int rightCurrent, int rightEdge) {
		requireNotNegative("leftEdge", leftEdge);
		requireNotNegative("leftCurrent", leftCurrent);
		requireNotNegative("rightCurrent", rightCurrent);
		requireNotNegative("rightEdge", rightEdge);
		List<@Nullable Integer> numbers = new ArrayList<>();
		// long throughout: page + rightCurrent and similar sums may pass int range.
		long pages = pages();
		long page = page();
		if (pages == 0) {
			return numbers;
		}
		long leftEnd = Math.min(leftEdge, pages);
		addRange(numbers, 1, leftEnd);
		if (leftEnd == pages) {
			return numbers;
		}
		long middleStart = Math.max(leftEnd + 1, page - leftCurrent);
		long middleEnd = Math.min(page + rightCurrent, pages);
		if (middleStart > leftEnd + 1) {
			numbers.add(null);
		}
		addRange(numbers, middleStart, middleEnd);
		if (middleEnd == pages) {
			return numbers;
		}
		// Flask-SQLAlchemy starts after the middle block only, which repeats numbers of
		// the left edge when the middle block ends before it (small rightCurrent, large
		// leftEdge). Starting after whichever block reached further keeps each number once.
		long shown = Math.max(leftEnd, middleEnd);
		long rightStart = Math.max(shown + 1, pages - rightEdge + 1);
		if (rightStart > shown + 1) {
			numbers.add(null);
		}
		addRange(numbers, rightStart, pages);
		return numbers;
	}

	private static void requireNotNegative(String name, int value) {
		if (value < 0) {
			throw new IllegalArgumentException(name + " must not be negative, was " + value);
		}
	}

	private static void addRange(List<@Nullable Integer> numbers, long from, long to) {
		for (long number = from; number <= to; number++) {
			numbers.add((int) number);
		}
	}

	/**
	 * Load the page after this one, with the same size and this page's total: no count
	 * is run, so the total is what it was when this page was loaded. As in
	 * Flask-SQLAlchemy, {@link #hasNext()} is not checked: after the last page this is an
	 * empty page, never an error, and with the count disabled it is the only way to
	 * find out whether more items exist.
	 * @return the next page
	 * @throws IllegalStateException if this page was created without a
	 * {@link PageFetcher}
	 */
	public Pagination<T> next() {
		// Page numbers saturate like parsed request parameters: the page after the
		// largest int is just as empty.
		int page = (page() < Integer.MAX_VALUE) ? page() + 1 : page();
		return fetch(page);
	}

	/**
	 * Load the page before this one, with the same size and this page's total: no count
	 * is run. As in Flask-SQLAlchemy, {@link #hasPrev()} is not checked: on the first
	 * page this loads the first page again, never an error.
	 * <p>
	 * Unlike Flask-SQLAlchemy, whose {@code prev()} forgets {@code max_per_page} and so
	 * can shrink the page, the previous page always has this page's size.
	 * @return the previous page
	 * @throws IllegalStateException if this page was created without a
	 * {@link PageFetcher}
	 */
	public Pagination<T> prev() {
		return fetch(Math.max(page() - 1, 1));
	}

	private Pagination<T> fetch(int page) {
		PageFetcher<T> fetcher = this.fetcher;
		if (fetcher == null) {
			throw new IllegalStateException("This pagination was created from numbers, without a PageFetcher, "
					+ "so it cannot load other pages; create it with Pagination.of(PageRequest, List, Long, "
					+ "PageFetcher) to use next() and prev()");
		}
		PageRequest request = new PageRequest(page, perPage());
		return new Pagination<>(request, fetcher.fetch(request), this.total, fetcher);
	}

	/**
	 * Iterate over the items on this page.
	 * @return an iterator over {@link #items()}
	 */
	/**
	 * Return this page with every item converted, for example to the type an API returns.
	 * {@link #next()} and {@link #prev()} of the result convert the items they load too.
	 * @param <R> the converted type
	 * @param converter converts one item
	 * @return the converted page
	 */
	public <R> Pagination<R> map(Function<? super T, ? extends R> converter) {
		List<R> converted = this.items.stream().<R>map(converter).toList();
		PageFetcher<T> source = this.fetcher;
		PageFetcher<R> fetcher = (source != null)
				? (request) -> source.fetch(request).stream().<R>map(converter).toList() : null;
		return new Pagination<>(this.request, converted, this.total, fetcher);
	}

	@Override
	public Iterator<T> iterator() {
		return this.items.iterator();
	}

	@Override
	public String toString() {
		return "Pagination[page=" + page() + ", perPage=" + perPage() + ", total=" + this.total + ", items="
				+ this.items.size() + "]";
	}

}
