package dev.alchemy.pagination;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.function.Supplier;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

/**
 * One page of results found by key ({@link KeysetOptions}): the items, and cursors to
 * the pages before and after it. It is {@link Pagination}'s counterpart for keyset
 * pagination, without what needs page numbers.
 * <p>
 * Serialised to JSON with {@link Pagination}'s names where they apply, as an object with
 * the properties {@code items}, {@code perPage}, {@code total}, {@code hasPrev},
 * {@code hasNext}, {@code prevCursor} and {@code nextCursor}, in that order,
 * {@code null} values included:
 * <pre class="code">
 * {"items": [...], "perPage": 20, "total": null, "hasPrev": true, "hasNext": true,
 *  "prevCursor": "AWI...", "nextCursor": "AWE..."}
 * </pre> {@code total} is {@code null} unless {@link KeysetOptions#count(boolean)} asked
 * for it. A cursor is {@code null} when there is no page on that side; otherwise send it
 * back as the {@code cursor} request parameter to load that page.
 *
 * @param <T> the type of the items
 * @author Alchemy team
 * @since 0.1.0
 */
@JsonPropertyOrder({ "items", "perPage", "total", "hasPrev", "hasNext", "prevCursor", "nextCursor" })
// As for Pagination: the shape is a contract that "leave out nulls" settings must not change.
@JsonInclude(value = JsonInclude.Include.ALWAYS, content = JsonInclude.Include.ALWAYS)
public final class KeysetPagination<T> implements Iterable<T> {

	private final List<T> items;

	private final int perPage;

	private final @Nullable Long total;

	private final @Nullable String prevCursor;

	private final @Nullable String nextCursor;

	private final @Nullable Supplier<KeysetPagination<T>> prevLoader;

	private final @Nullable Supplier<KeysetPagination<T>> nextLoader;

	KeysetPagination(List<T> items, int perPage, @Nullable Long total, @Nullable String prevCursor,
			@Nullable String nextCursor, @Nullable Supplier<KeysetPagination<T>> prevLoader,
			@Nullable Supplier<KeysetPagination<T>> nextLoader) {
		// Not List.copyOf: a page may hold nulls once mapped.
		this.items = Collections.unmodifiableList(new ArrayList<>(items));
		this.perPage = perPage;
		this.total = total;
		this.prevCursor = prevCursor;
		this.nextCursor = nextCursor;
		this.prevLoader = prevLoader;
		this.nextLoader = nextLoader;
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
	 * The most items a page holds.
	 * @return the page size
	 */
	@JsonProperty("perPage")
	public int perPage() {
		return this.perPage;
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
	 * Whether there is a page before this one.
	 * @return whether {@link #prevCursor()} is set
	 */
	@JsonProperty("hasPrev")
	public boolean hasPrev() {
		return this.prevCursor != null;
	}

	/**
	 * Whether there is a page after this one.
	 * @return whether {@link #nextCursor()} is set
	 */
	@JsonProperty("hasNext")
	public boolean hasNext() {
		return this.nextCursor != null;
	}

	/**
	 * The cursor of the page before this one, for the {@code cursor} request parameter.
	 * @return the cursor, or {@code null} on the first page
	 */
	@JsonProperty("prevCursor")
	public @Nullable String prevCursor() {
		return this.prevCursor;
	}

	/**
	 * The cursor of the page after this one, for the {@code cursor} request parameter.
	 * @return the cursor, or {@code null} on the last page
	 */
	@JsonProperty("nextCursor")
	public @Nullable String nextCursor() {
		return this.nextCursor;
	}

	/**
	 * Load the page after this one, with the same size and this page's total (no count
	 * is run).
	 * @return the next page
	 * @throws NoSuchElementException if this is the last page
	 */
	public KeysetPagination<T> next() {
		return load(this.nextLoader, "This is the last page");
	}

	/**
	 * Load the page before this one, with the same size and this page's total.
	 * @return the previous page
	 * @throws NoSuchElementException if this is the first page
	 */
	public KeysetPagination<T> prev() {
		return load(this.prevLoader, "This is the first page");
	}

	private KeysetPagination<T> load(@Nullable Supplier<KeysetPagination<T>> loader, String none) {
		if (loader == null) {
			throw new NoSuchElementException(none);
		}
		return loader.get();
	}

	/**
	 * Return this page with every item converted, for example to the type an API returns.
	 * {@link #next()} and {@link #prev()} of the result convert the items they load too.
	 * @param <R> the converted type
	 * @param converter converts one item
	 * @return the converted page
	 */
	public <R> KeysetPagination<R> map(Function<? super T, ? extends R> converter) {
		List<R> converted = this.items.stream().<R>map(converter).toList();
		return new KeysetPagination<>(converted, this.perPage, this.total, this.prevCursor, this.nextCursor,
				mapped(this.prevLoader, converter), mapped(this.nextLoader, converter));
	}

	private static <T, R> @Nullable Supplier<KeysetPagination<R>> mapped(
			@Nullable Supplier<KeysetPagination<T>> loader, Function<? super T, ? extends R> converter) {
		return (loader != null) ? () -> loader.get().map(converter) : null;
	}

	/**
	 * Iterate over the items on this page.
	 * @return an iterator over {@link #items()}
	 */
	@Override
	public Iterator<T> iterator() {
		return this.items.iterator();
	}

	@Override
	public String toString() {
		return "KeysetPagination[perPage=" + this.perPage + ", total=" + this.total + ", items=" + this.items.size()
				+ ", hasPrev=" + hasPrev() + ", hasNext=" + hasNext() + "]";
	}

}
