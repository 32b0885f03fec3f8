package dev.alchemy.recordqueries;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What a finished request or scope sent to its databases, without parameter values:
 * what the debug log line and the {@code recordedqueries} actuator endpoint show.
 *
 * @param name the request ({@code GET /users}) or scope
 * @param startTime when its first statement ran
 * @param queries how many statements ran, dropped ones included
 * @param dropped how many of them were dropped from the recording to bound its memory
 * @param totalDuration the time all of them took, added up
 * @param statements the most frequent statement shapes, most frequent first
 * @param repeatedStatements the statement shapes that ran more often than
 * {@code sqlalchemy.recorded-queries.max-repeats}: probably an N+1 query
 * @author Alchemy team
 * @since 0.1.0
 */
public record ScopeSummary(String name, Instant startTime, long queries, long dropped, Duration totalDuration,
		List<StatementSummary> statements, List<StatementSummary> repeatedStatements) {

	/**
	 * How often one statement shape ran in a request or scope.
	 *
	 * @param bind the bind it ran on
	 * @param statement its shape: the SQL with literals replaced by {@code ?}
	 * @param count how often it ran
	 * @param totalDuration the time its runs took, added up
	 */
	public record StatementSummary(String bind, String statement, long count, Duration totalDuration) {

	}

}
