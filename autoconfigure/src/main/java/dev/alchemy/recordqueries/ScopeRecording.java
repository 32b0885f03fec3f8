package dev.alchemy.recordqueries;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.alchemy.recordqueries.ScopeSummary.StatementSummary;

/**
 * The statements of one request or scope. It lives in the scope and is used by the
 * scope's thread only. At most {@code maxQueries} statements are kept, the oldest dropped
 * first; counts and times cover every statement. Closing it (when the scope closes)
 * hands its summary to the recorder.
 */
final class ScopeRecording implements AutoCloseable {

	/** Statement shapes a summary lists. */
	private static final int SUMMARY_STATEMENTS = 20;

	private final QueryRecorder recorder;

	private final String name;

	private final int maxQueries;

	private final Deque<QueryInfo> queries = new ArrayDeque<>();

	/** Runs and time per bind and statement text, for at most maxQueries distinct texts. */
	private final Map<StatementKey, Tally> tallies = new HashMap<>();

	private Instant startTime = Instant.now();

	private long count;

	private long dropped;

	private long totalNanos;

	ScopeRecording(QueryRecorder recorder, String name, int maxQueries) {
		this.recorder = recorder;
		this.name = name;
		this.maxQueries = maxQueries;
	}

	/**
	 * Record the statements of one execution (several for a batch of plain statements).
	 */
	void add(List<QueryInfo> executed, long nanos) {
		if (this.count == 0 && !executed.isEmpty()) {
			this.startTime = executed.get(0).startTime();
		}
		this.totalNanos += nanos;
		for (QueryInfo query : executed) {
			this.count++;
			if (this.queries.size() == this.maxQueries) {
				this.queries.removeFirst();
				this.dropped++;
			}
			this.queries.addLast(query);
			StatementKey key = new StatementKey(query.bind(), query.statement());
			Tally tally = this.tallies.get(key);
			if (tally == null && this.tallies.size() < this.maxQueries) {
				tally = new Tally();
				this.tallies.put(key, tally);
			}
			if (tally != null) {
				tally.count++;
				tally.nanos += nanos / executed.size();
			}
		}
	}

	RecordedQueries snapshot() {
		return new RecordedQueries(List.copyOf(this.queries), this.dropped);
	}

	ScopeSummary summary(int maxRepeats) {
		Map<StatementKey, Tally> shapes = new HashMap<>();
		this.tallies.forEach((key, tally) -> {
			Tally shape = shapes.computeIfAbsent(new StatementKey(key.bind(), StatementShape.of(key.statement())),
					(ignored) -> new Tally());
			shape.count += tally.count;
			shape.nanos += tally.nanos;
		});
		List<StatementSummary> statements = shapes.entrySet()
			.stream()
			.map((entry) -> new StatementSummary(entry.getKey().bind(), entry.getKey().statement(),
					entry.getValue().count, Duration.ofNanos(entry.getValue().nanos)))
			.sorted(Comparator.comparingLong(StatementSummary::count)
				.thenComparing(StatementSummary::totalDuration)
				.reversed())
			.toList();
		List<StatementSummary> repeated = statements.stream()
			.filter((statement) -> statement.count() > maxRepeats)
			.toList();
		return new ScopeSummary(this.name, this.startTime, this.count, this.dropped, Duration.ofNanos(this.totalNanos),
				statements.stream().limit(SUMMARY_STATEMENTS).toList(), repeated);
	}

	@Override
	public void close() {
		this.recorder.finished(this);
	}

	private record StatementKey(String bind, String statement) {

	}

	private static final class Tally {

		private long count;

		private long nanos;

	}

}
