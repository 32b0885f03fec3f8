package dev.alchemy.recordqueries.application;

import java.util.function.Supplier;

/**
 * Stands for application code between a test and a statement.
 */
public class Caller implements Supplier<StackTraceElement> {

	private final Supplier<StackTraceElement> statement;

	public Caller(Supplier<StackTraceElement> statement) {
		this.statement = statement;
	}

	@Override
	public StackTraceElement get() {
		return this.statement.get();
	}

}
