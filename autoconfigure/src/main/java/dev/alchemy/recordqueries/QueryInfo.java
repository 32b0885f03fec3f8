package dev.alchemy.recordqueries;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One statement sent to a database during a request or scope, as recorded when
 * {@code sqlalchemy.record-queries} is on: Flask-SQLAlchemy's {@code _QueryInfo}.
 * <p>
 * {@link #toString()} leaves the parameter values out, since they are application data.
 *
 * @param statement the SQL as sent to the driver, with its placeholders
 * @param parameters the values bound to the placeholders, one list per execution (a
 * batch has one per entry), in placeholder order; empty when nothing was bound
 * @param startTime when the statement was sent
 * @param endTime when the driver returned; {@code duration()} is the difference, measured
 * with {@link System#nanoTime()}
 * @param location the first frame of the application's own code that led to the
 * statement (class, method, file and line), or {@code null} when none was found
 * @param bind the key of the bind the statement ran on ({@code "default"} for the default
 * database)
 * @author Alchemy team
 * @since 0.1.0
 */
public record QueryInfo(String statement, List<List<@Nullable Object>> parameters, Instant startTime,
		Instant endTime, @Nullable StackTraceElement location, String bind) {

	/**
	 * Return how long the statement took: {@code endTime - startTime}.
	 * @return the duration
	 */
	public Duration duration() {
		return Duration.between(this.startTime, this.endTime);
	}

	@Override
	public String toString() {
		return "QueryInfo[bind=" + this.bind + ", statement=" + this.statement + ", parameter sets="
				+ this.parameters.size() + ", duration=" + duration() + ", location=" + this.location + "]";
	}

}
