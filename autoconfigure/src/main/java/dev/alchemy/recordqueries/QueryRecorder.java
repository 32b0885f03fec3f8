package dev.alchemy.recordqueries;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

import dev.alchemy.recordqueries.ScopeSummary.StatementSummary;
import dev.alchemy.session.SessionScope;

/**
 * Records the statements every engine runs, per request or session scope, when
 * {@code sqlalchemy.record-queries} is on: Flask-SQLAlchemy's {@code get_recorded_queries}.
 * Each engine reports its statements through a {@link QueryRecordingListener}; statements
 * run outside a scope are not recorded.
 * <p>
 * When a scope that ran statements closes, its query count and total time are logged at
 * DEBUG under {@code dev.alchemy.recordqueries}, and a statement that ran more often than
 * {@code maxRepeats} times is logged at WARN: probably an N+1 query. Neither line carries
 * parameter values.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
public class QueryRecorder {

	private static final Log logger = LogFactory.getLog("dev.alchemy.recordqueries");

	private final ApplicationFrames applicationFrames;

	private final int maxQueriesPerScope;

	private final int maxRepeats;

	private final @Nullable RecordedScopes history;

	/**
	 * Create a recorder.
	 * @param applicationPackages the packages of the application's own code, where a
	 * statement's {@link QueryInfo#location() location} is looked for; empty when unknown
	 * @param maxQueriesPerScope how many statements a scope keeps; older ones are dropped
	 * @param maxRepeats how often a statement may run in one scope before a warning
	 * @param history where the summaries of finished scopes go, if anywhere
	 */
	public QueryRecorder(List<String> applicationPackages, int maxQueriesPerScope, int maxRepeats,
			@Nullable RecordedScopes history) {
		Assert.isTrue(maxQueriesPerScope > 0, "maxQueriesPerScope must be positive");
		this.applicationFrames = new ApplicationFrames(applicationPackages);
		this.maxQueriesPerScope = maxQueriesPerScope;
		this.maxRepeats = maxRepeats;
		this.history = history;
	}

	/**
	 * Return the statements recorded in the current request or scope so far.
	 * @return the statements, oldest first
	 * @throws IllegalStateException when no request or scope is open on this thread
	 */
	public RecordedQueries recordedQueries() {
		if (!SessionScope.isOpen()) {
			throw new IllegalStateException("No session scope is open on thread '" + Thread.currentThread().getName()
					+ "': statements are recorded per web request or per scope opened with db.openScope()");
		}
		ScopeRecording recording = SessionScope.currentResource(this, this::newRecording);
		return (recording != null) ? recording.snapshot() : RecordedQueries.none();
	}

	/**
	 * The recording of the current scope, or {@code null} outside any scope.
	 */
	@Nullable ScopeRecording currentRecording() {
		return SessionScope.currentResource(this, this::newRecording);
	}

	private ScopeRecording newRecording(String scopeName) {
		return new ScopeRecording(this, scopeName, this.maxQueriesPerScope);
	}

	@Nullable StackTraceElement locate() {
		return this.applicationFrames.find();
	}

	/**
	 * Called when the scope of a recording closes.
	 */
	void finished(ScopeRecording recording) {
		boolean debug = logger.isDebugEnabled();
		boolean warn = logger.isWarnEnabled();
		if (!debug && !warn && this.history == null) {
			return;
		}
		ScopeSummary summary = recording.summary(this.maxRepeats);
		if (summary.queries() == 0) {
			return;
		}
		if (debug) {
			logger.debug(summary.name() + ": " + summary.queries() + " queries in "
					+ summary.totalDuration().toNanos() / 1_000_000.0 + " ms"
					+ ((summary.dropped() > 0) ? " (" + summary.dropped()
							+ " dropped from the recording: sqlalchemy.recorded-queries.max-per-scope)" : ""));
		}
		if (warn) {
			for (StatementSummary repeated : summary.repeatedStatements()) {
				logger.warn(summary.name() + " ran the same statement " + repeated.count() + " times on bind '"
						+ repeated.bind() + "', more than sqlalchemy.recorded-queries.max-repeats=" + this.maxRepeats
						+ " (an N+1 query? load the association with a fetch join or an entity graph): "
						+ repeated.statement());
			}
		}
		if (this.history != null) {
			this.history.add(summary);
		}
	}

}
