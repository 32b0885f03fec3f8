package dev.alchemy.recordqueries;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.AbstractListAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ListAssert;
import org.assertj.core.api.ObjectAssert;

/**
 * AssertJ assertions on recorded statements, to lock down what a piece of code sends to
 * the database in a test:
 * <pre class="code">
 * import static dev.alchemy.recordqueries.RecordedQueriesAssert.assertThat;
 *
 * try (SessionScope scope = db.openScope()) {
 *     service.showPost(id);
 *     assertThat(db.recordedQueries()).hasSize(1).hasNoStatementRepeatedMoreThan(1);
 * }
 * </pre> Every assertion of AssertJ's list assertions works too. Needs
 * {@code org.assertj:assertj-core} on the test classpath (Spring Boot's test starter
 * brings it).
 *
 * @author Alchemy team
 * @since 0.1.0
 */
public class RecordedQueriesAssert
		extends AbstractListAssert<RecordedQueriesAssert, List<QueryInfo>, QueryInfo, ObjectAssert<QueryInfo>> {

	/**
	 * Create assertions on recorded statements.
	 * @param queries the statements, from {@code db.recordedQueries()}
	 */
	public RecordedQueriesAssert(List<QueryInfo> queries) {
		super(queries, RecordedQueriesAssert.class);
	}

	/**
	 * Start assertions on recorded statements. More specific than AssertJ's own
	 * {@code assertThat(List)}, so both can be imported statically.
	 * @param queries the statements, from {@code db.recordedQueries()}
	 * @return the assertions
	 */
	public static RecordedQueriesAssert assertThat(List<QueryInfo> queries) {
		return new RecordedQueriesAssert(queries);
	}

	/**
	 * Verify that no statement (compared by its shape: its SQL with literal values
	 * replaced by {@code ?}) ran more than the given number of times: there is no N+1
	 * query.
	 * @param times the most runs allowed for one statement
	 * @return this
	 */
	public RecordedQueriesAssert hasNoStatementRepeatedMoreThan(int times) {
		isNotNull();
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (QueryInfo query : this.actual) {
			counts.merge("[" + query.bind() + "] " + StatementShape.of(query.statement()), 1, Integer::sum);
		}
		counts.forEach((statement, count) -> {
			if (count > times) {
				failWithMessage("Expected no statement to run more than %d times, but this one ran %d times:%n  %s",
						times, count, statement);
			}
		});
		return this;
	}

	/**
	 * Verify that no statement was dropped from the recording
	 * ({@code sqlalchemy.recorded-queries.max-per-scope}), so that the list holds every
	 * statement of the scope.
	 * @return this
	 */
	public RecordedQueriesAssert hasNoneDropped() {
		isNotNull();
		if (this.actual instanceof RecordedQueries recorded && recorded.dropped() > 0) {
			failWithMessage("Expected no statement to be dropped from the recording, but %d were",
					recorded.dropped());
		}
		return this;
	}

	/**
	 * Continue with the statements that ran on one bind.
	 * @param bindKey the bind ({@code "default"} for the default database)
	 * @return assertions on those statements
	 */
	public RecordedQueriesAssert onBind(String bindKey) {
		isNotNull();
		return new RecordedQueriesAssert(this.actual.stream().filter((query) -> query.bind().equals(bindKey)).toList());
	}

	/**
	 * Continue with the SQL of the statements, in the order they ran.
	 * @return assertions on the SQL
	 */
	public ListAssert<String> statements() {
		isNotNull();
		return Assertions.assertThat(this.actual.stream().map(QueryInfo::statement).toList());
	}

	@Override
	protected ObjectAssert<QueryInfo> toAssert(QueryInfo value, String description) {
		return new ObjectAssert<>(value).as(description);
	}

	@Override
	protected RecordedQueriesAssert newAbstractIterableAssert(Iterable<? extends QueryInfo> iterable) {
		List<QueryInfo> queries = new java.util.ArrayList<>();
		iterable.forEach(queries::add);
		return new RecordedQueriesAssert(queries);
	}

}
