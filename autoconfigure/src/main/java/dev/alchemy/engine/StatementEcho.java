package dev.alchemy.engine;

import java.util.List;
import java.util.stream.Collectors;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.proxy.ParameterSetOperation;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * SQLAlchemy's {@code echo}: every statement an engine runs, logged at INFO under
 * {@code dev.alchemy.echo.<bind>} with its bind and duration. Bound parameter values can
 * hold personal data, so they are logged only at TRACE.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
public final class StatementEcho implements QueryExecutionListener {

	/**
	 * Prefix of the loggers, followed by the bind key.
	 */
	public static final String LOGGER_PREFIX = "dev.alchemy.echo.";

	private final String bindKey;

	private final Log logger;

	StatementEcho(String bindKey) {
		this.bindKey = bindKey;
		this.logger = LogFactory.getLog(LOGGER_PREFIX + bindKey);
	}

	@Override
	public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
	}

	@Override
	public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
		if (!this.logger.isInfoEnabled()) {
			return;
		}
		for (QueryInfo query : queries) {
			String batch = execution.isBatch() ? " (batch of " + execution.getBatchSize() + ")" : "";
			this.logger.info("[" + this.bindKey + "] " + query.getQuery() + batch + " {" + execution.getElapsedTime()
					+ " ms}" + (execution.isSuccess() ? "" : " failed"));
			if (this.logger.isTraceEnabled()) {
				for (List<ParameterSetOperation> parameters : query.getParametersList()) {
					this.logger.trace("[" + this.bindKey + "] parameters " + parameters.stream()
						.map((parameter) -> String.valueOf(parameter.getArgs()[parameter.getArgs().length - 1]))
						.collect(Collectors.joining(", ", "(", ")")));
				}
			}
		}
	}

}
