package dev.alchemy.benchmarks.startup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.alchemy.benchmarks.Benchmark;
import dev.alchemy.benchmarks.Comparison;
import dev.alchemy.benchmarks.Scale;
import dev.alchemy.benchmarks.Target;
import dev.alchemy.benchmarks.startup.slice.FullApplicationTest;
import dev.alchemy.benchmarks.startup.slice.PersistenceSliceTest;
import dev.alchemy.benchmarks.startup.slice.TestContextStartup;

/**
 * Test start-up, in seconds from starting a JVM to a ready test application context, of
 * the binds sample (three databases): (a) the {@code @AlchemyTest} slice against (b) a
 * full {@code @SpringBootTest} given the same test databases. Every round starts a new
 * JVM, since Spring's context cache would hand a second context in the same JVM out for
 * free. Both get fresh databases from the same servers (the test module's
 * {@code TestDatabases}, from the same environment), so provisioning costs both the same.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
public class SliceStartupBenchmark implements Benchmark {

	static final String SLICE = "(a) @AlchemyTest";

	static final String FULL = "(b) @SpringBootTest";

	private final Map<String, List<String>> commands = new LinkedHashMap<>();

	@Override
	public String name() {
		return "test-start-up";
	}

	@Override
	public List<String> variants() {
		return List.of(SLICE, FULL);
	}

	@Override
	public List<Comparison> comparisons() {
		return List.of(new Comparison("(a)/(b) seconds to a test context", SLICE, FULL, Target.atMost(1.0)));
	}

	@Override
	public void setUp(Scale scale) {
		List<String> classPath = JvmStarts.without(JvmStarts.classPath(), JvmStarts::isQuickstart);
		this.commands.put(SLICE, JvmStarts.java(classPath, TestContextStartup.class.getName(),
				PersistenceSliceTest.class.getName()));
		this.commands.put(FULL, JvmStarts.java(classPath, TestContextStartup.class.getName(),
				FullApplicationTest.class.getName()));
	}

	@Override
	public double measure(String variant) throws Exception {
		return JvmStarts.secondsUntil(this.commands.get(variant), variant,
				(line) -> line.startsWith(TestContextStartup.READY));
	}

	@Override
	public void close() {
	}

}
