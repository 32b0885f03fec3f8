package dev.alchemy.pagination;

import java.util.Arrays;
import java.util.List;

import org.hibernate.query.Order;
import org.jspecify.annotations.Nullable;

/**
 * How {@code db.paginate(query, KeysetOptions.by(...))} loads a page by key ("keyset" or
 * "cursor" pagination) instead of by number: the sort key, and what is not taken from the
 * current request's {@code cursor} and {@code per_page} parameters.
 * <pre class="code">
 * db.paginate(query, KeysetOptions.by(Order.asc(Post_.published), Order.asc(Post_.id)));
 * </pre> A page is found by the key of the item before it (or after it, going back), so
 * the database starts reading where the page starts: the ten-thousandth page costs what
 * the first costs, and items added or removed meanwhile never shift a page. The price:
 * no page numbers, only the next and previous pages.
 * <p>
 * The key is Hibernate's {@link Order}s on attributes of the queried entity. It replaces
 * the query's own {@code order by}, and it must be unique: end it with the id (or another
 * unique attribute) when the first attributes may repeat. Its attributes must not be
 * {@code null} on any row. An index on the key's columns, in the key's order, lets the
 * database start at the page.
 * <p>
 * Instances are immutable: every method returns a new one.
 *
 * @param <T> the entity type
 * @author Alchemy team
 * @since 0.1.0
 */
public final class KeysetOptions<T> {

	private final List<Order<? super T>> key;

	private final @Nullable String cursor;

	private final @Nullable Integer perPage;

	private final @Nullable Integer maxPerPage;

	private final boolean errorOut;

	private final boolean count;

	private KeysetOptions(List<Order<? super T>> key, @Nullable String cursor, @Nullable Integer perPage,
			@Nullable Integer maxPerPage, boolean errorOut, boolean count) {
		this.key = key;
		this.cursor = cursor;
		this.perPage = perPage;
		this.maxPerPage = maxPerPage;
		this.errorOut = errorOut;
		this.count = count;
	}

	/**
	 * Paginate by this key: the cursor and page size from the current request, the
	 * configured defaults, errors as 404s, and no count query.
	 * @param <T> the entity type
	 * @param key the orders that make up the key, most significant first
	 * @return the options
	 * @throws IllegalArgumentException if the key is empty, or an order is not on an
	 * attribute of an entity or ignores case
	 */
	@SafeVarargs
	public static <T> KeysetOptions<T> by(Order<? super T>... key) {
		List<Order<? super T>> orders = Arrays.asList(key);
		return KeysetOptions.<T>by(orders);
	}

	/**
	 * Paginate by this key.
	 * @param <T> the entity type
	 * @param key the orders that make up the key, most significant first
	 * @return the options
	 * @throws IllegalArgumentException if the key is empty, or an order is not on an
	 * attribute of an entity or ignores case
	 */
	public static <T> KeysetOptions<T> by(List<? extends Order<? super T>> key) {
		if (key.isEmpty()) {
			throw new IllegalArgumentException("A keyset needs at least one order, ending with a unique attribute");
		}
		for (Order<? super T> order : key) {
			if (order.entityClass() == null) {
				throw new IllegalArgumentException(
						"Keyset pagination sorts on attributes of the queried entity, not on select list items: " + order);
			}
			if (!order.caseSensitive()) {
				// Hibernate would sort ignoring case but compare the key with case.
				throw new IllegalArgumentException("Keyset pagination cannot sort ignoring case (" + order
						+ "): sort on a column that holds the folded value instead");
			}
		}
		return new KeysetOptions<>(List.<Order<? super T>>copyOf(key), null, null, null, true, false);
	}

	/**
	 * Load the page this cursor points to instead of the request's.
	 * @param cursor a {@link KeysetPagination#nextCursor()} or
	 * {@link KeysetPagination#prevCursor()}, or {@code null} for the first page
	 * @return new options
	 */
	public KeysetOptions<T> cursor(@Nullable String cursor) {
		return new KeysetOptions<>(this.key, (cursor != null) ? cursor : "", this.perPage, this.maxPerPage,
				this.errorOut, this.count);
	}

	/**
	 * Use this page size instead of the request's.
	 * @param perPage the page size
	 * @return new options
	 */
	public KeysetOptions<T> perPage(int perPage) {
		return new KeysetOptions<>(this.key, this.cursor, perPage, this.maxPerPage, this.errorOut, this.count);
	}

	/**
	 * Cap the page size at this instead of {@code sqlalchemy.pagination.max-per-page}.
	 * @param maxPerPage the largest page size
	 * @return new options
	 */
	public KeysetOptions<T> maxPerPage(int maxPerPage) {
		if (maxPerPage < 1) {
			throw new IllegalArgumentException("maxPerPage must be at least 1, was " + maxPerPage);
		}
		return new KeysetOptions<>(this.key, this.cursor, this.perPage, maxPerPage, this.errorOut, this.count);
	}

	/**
	 * Whether an invalid cursor or size, or a cursor past either end, is a 404 (the
	 * default) rather than the first page, the default size or an empty page.
	 * @param errorOut whether to fail with a 404
	 * @return new options
	 */
	public KeysetOptions<T> errorOut(boolean errorOut) {
		return new KeysetOptions<>(this.key, this.cursor, this.perPage, this.maxPerPage, errorOut, this.count);
	}

	/**
	 * Whether to count every item with a second query on every page. Off by default: a
	 * count reads every item, which is the cost keyset pagination avoids.
	 * @param count whether to count
	 * @return new options
	 */
	public KeysetOptions<T> count(boolean count) {
		return new KeysetOptions<>(this.key, this.cursor, this.perPage, this.maxPerPage, this.errorOut, count);
	}

	/**
	 * The sort key.
	 * @return the orders that make up the key, most significant first
	 */
	public List<Order<? super T>> key() {
		return this.key;
	}

	/**
	 * The cursor given in code: {@code ""} for the first page, {@code null} when the
	 * request says.
	 */
	@Nullable String getCursor() {
		return this.cursor;
	}

	/**
	 * The same size and rules as page options; the page number is not read, so a
	 * {@code page} parameter of the request cannot make a keyset page fail.
	 */
	PageOptions toPageOptions() {
		PageOptions options = PageOptions.fromRequest().page(1).errorOut(this.errorOut).count(this.count);
		options = (this.perPage != null) ? options.perPage(this.perPage) : options;
		return (this.maxPerPage != null) ? options.maxPerPage(this.maxPerPage) : options;
	}

}
