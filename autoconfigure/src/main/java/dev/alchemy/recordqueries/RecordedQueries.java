package dev.alchemy.recordqueries;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The statements recorded in the current request or scope, oldest first: what
 * {@code db.recordedQueries()} returns. A list that also says how many older statements
 * were dropped to keep memory bounded ({@code sqlalchemy.recorded-queries.max-per-scope}).
 * It is a snapshot: statements that run later are not added to it.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
public final class RecordedQueries extends AbstractList<QueryInfo> implements RandomAccess {

	private static final RecordedQueries NONE = new RecordedQueries(List.of(), 0);

	private final List<QueryInfo> queries;

	private final long dropped;

	RecordedQueries(List<QueryInfo> queries, long dropped) {
		this.queries = List.copyOf(queries);
		this.dropped = dropped;
	}

	static RecordedQueries none() {
		return NONE;
	}

	@Override
	public QueryInfo get(int index) {
		return this.queries.get(index);
	}

	@Override
	public int size() {
		return this.queries.size();
	}

	/**
	 * Return how many statements of the request or scope were dropped, oldest first, to
	 * keep at most {@code sqlalchemy.recorded-queries.max-per-scope} of them.
	 * @return the number of dropped statements
	 */
	public long dropped() {
		return this.dropped;
	}

}
