package dev.alchemy.benchmarks.startup.slice;

import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContextManager;

/**
 * Builds the application context of one test class the way the Spring TestContext
 * Framework does before its first test runs, says so, and exits.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
public final class TestContextStartup {

	/** The line printed once the context is ready. */
	public static final String READY = "[test context ready]";

	private TestContextStartup() {
	}

	public static void main(String[] args) throws Exception {
		TestContextManager manager = new TestContextManager(Class.forName(args[0]));
		ApplicationContext context = manager.getTestContext().getApplicationContext();
		System.out.println(READY + " " + args[0] + ": " + context.getBeanDefinitionCount() + " beans");
		System.out.flush();
		System.exit(0);
	}

}
