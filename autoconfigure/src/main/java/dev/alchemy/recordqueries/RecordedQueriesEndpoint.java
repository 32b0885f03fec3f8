package dev.alchemy.recordqueries;

import java.util.List;

import org.springframework.boot.actuate.endpoint.Access;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * The {@code recordedqueries} actuator endpoint: for each of the latest requests and
 * scopes that ran statements, their number, their total time, the most frequent
 * statements and those that ran suspiciously often (the N+1 pattern). It never shows
 * parameter values (they are application data, and it keeps none), and it is off unless
 * {@code management.endpoint.recordedqueries.access} allows it.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
@Endpoint(id = "recordedqueries", defaultAccess = Access.NONE)
public class RecordedQueriesEndpoint {

	private final RecordedScopes scopes;

	/**
	 * Create an endpoint.
	 * @param scopes the summaries it shows
	 */
	public RecordedQueriesEndpoint(RecordedScopes scopes) {
		this.scopes = scopes;
	}

	/**
	 * Return the latest requests and scopes.
	 * @return their summaries, the latest first
	 */
	@ReadOperation
	public RecordedScopesDescriptor recordedQueries() {
		return new RecordedScopesDescriptor(this.scopes.latest());
	}

	/**
	 * The endpoint's answer.
	 *
	 * @param scopes the summaries, the latest first
	 */
	public record RecordedScopesDescriptor(List<ScopeSummary> scopes) implements OperationResponseBody {

	}

}
