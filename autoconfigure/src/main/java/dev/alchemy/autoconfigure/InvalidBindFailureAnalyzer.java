package dev.alchemy.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a bind whose configuration cannot be used.
 */
class InvalidBindFailureAnalyzer extends AbstractFailureAnalyzer<InvalidBindException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidBindException cause) {
		return new FailureAnalysis(cause.getMessage(), cause.getAction(), cause);
	}

}
