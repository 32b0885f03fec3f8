package dev.alchemy.recordqueries;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.proxy.ParameterSetOperation;
import org.jspecify.annotations.Nullable;

/**
 * The datasource-proxy listener of one engine that hands its statements to a
 * {@link QueryRecorder}. Times are taken around the driver call; parameters are taken as
 * bound, one list per batch entry.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
public final class QueryRecordingListener implements QueryExecutionListener {

	private static final String START_NANOS = QueryRecordingListener.class.getName() + ".startNanos";

	private static final String START_TIME = QueryRecordingListener.class.getName() + ".startTime";

	private static final String RECORDING = QueryRecordingListener.class.getName() + ".recording";

	private final QueryRecorder recorder;

	private final String bindKey;

	/**
	 * Create a listener for one engine.
	 * @param recorder the recorder
	 * @param bindKey the bind the engine serves
	 */
	public QueryRecordingListener(QueryRecorder recorder, String bindKey) {
		this.recorder = recorder;
		this.bindKey = bindKey;
	}

	@Override
	public void beforeQuery(ExecutionInfo execution, List<net.ttddyy.dsproxy.QueryInfo> queries) {
		ScopeRecording recording = this.recorder.currentRecording();
		if (recording != null) {
			// Carried to afterQuery, on the same thread, so the scope is looked up once.
			execution.addCustomValue(RECORDING, recording);
			execution.addCustomValue(START_TIME, Instant.now());
			execution.addCustomValue(START_NANOS, System.nanoTime());
		}
	}

	@Override
	public void afterQuery(ExecutionInfo execution, List<net.ttddyy.dsproxy.QueryInfo> queries) {
		ScopeRecording recording = execution.getCustomValue(RECORDING, ScopeRecording.class);
		Long startNanos = execution.getCustomValue(START_NANOS, Long.class);
		Instant startTime = execution.getCustomValue(START_TIME, Instant.class);
		if (recording == null || startNanos == null || startTime == null) {
			return;
		}
		long nanos = System.nanoTime() - startNanos;
		Instant endTime = startTime.plusNanos(nanos);
		StackTraceElement location = this.recorder.locate();
		List<QueryInfo> executed = new ArrayList<>(queries.size());
		for (net.ttddyy.dsproxy.QueryInfo query : queries) {
			executed.add(new QueryInfo(query.getQuery(), parameters(query.getParametersList()), startTime, endTime,
					location, this.bindKey));
		}
		recording.add(executed, nanos);
	}

	private static List<List<@Nullable Object>> parameters(List<List<ParameterSetOperation>> parameterSets) {
		if (parameterSets.isEmpty()) {
			return List.of();
		}
		List<List<@Nullable Object>> parameters = new ArrayList<>(parameterSets.size());
		for (List<ParameterSetOperation> operations : parameterSets) {
			parameters.add(values(operations));
		}
		return Collections.unmodifiableList(parameters);
	}

	/**
	 * The values of one parameter set, in placeholder order (in the order they were set
	 * for a callable statement's named parameters). A value set twice counts once, as the
	 * driver sees it.
	 */
	private static List<@Nullable Object> values(List<ParameterSetOperation> operations) {
		Map<Integer, @Nullable Object> byIndex = new TreeMap<>();
		Map<Object, @Nullable Object> byName = new LinkedHashMap<>();
		for (ParameterSetOperation operation : operations) {
			if (ParameterSetOperation.isRegisterOutParameterOperation(operation)) {
				continue;
			}
			Object[] args = operation.getArgs();
			Object value = (ParameterSetOperation.isSetNullParameterOperation(operation) || args.length < 2) ? null
					: args[1];
			if (args[0] instanceof Integer index) {
				byIndex.put(index, value);
			}
			else {
				byName.put(args[0], value);
			}
		}
		List<@Nullable Object> values = new ArrayList<>(byIndex.size() + byName.size());
		values.addAll(byIndex.values());
		values.addAll(byName.values());
		return Collections.unmodifiableList(values);
	}

}
