package dev.alchemy.autoconfigure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.Assert;

/**
 * Configuration properties of query recording ({@code sqlalchemy.record-queries=true}).
 *
 * @author Alchemy team
 * @since 0.1.0
 */
@ConfigurationProperties("sqlalchemy.recorded-queries")
public class RecordedQueriesProperties {

	/**
	 * Most statements kept per request or scope; older ones are dropped, and counted, to
	 * bound the memory a request can take.
	 */
	private int maxPerScope = 1000;

	/**
	 * Times one statement may run in a request or scope before a warning is logged, as
	 * the N+1 pattern does.
	 */
	private int maxRepeats = 10;

	/**
	 * Number of finished requests and scopes the recordedqueries actuator endpoint shows.
	 */
	private int historySize = 100;

	public int getMaxPerScope() {
		return this.maxPerScope;
	}

	public void setMaxPerScope(int maxPerScope) {
		Assert.isTrue(maxPerScope > 0, "Keep at least one statement per request or scope");
		this.maxPerScope = maxPerScope;
	}

	public int getMaxRepeats() {
		return this.maxRepeats;
	}

	public void setMaxRepeats(int maxRepeats) {
		this.maxRepeats = maxRepeats;
	}

	public int getHistorySize() {
		return this.historySize;
	}

	public void setHistorySize(int historySize) {
		Assert.isTrue(historySize > 0, "Keep at least one request or scope for the endpoint");
		this.historySize = historySize;
	}

}
