package dev.alchemy.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every benchmark at {@link Scale#SMOKE}: it sets up, runs every variant, and yields a
 * ratio for every comparison. Never a timing: the sizes are far too small to mean
 * anything, and the build must not depend on how busy the machine is.
 *
 * @author Alchemy team
 */
class BenchmarksSmokeTests {

	@TestFactory
	Stream<DynamicTest> everyBenchmarkRunsAndYieldsItsRatios() {
		return BenchmarksMain.benchmarks().stream().map((benchmark) -> DynamicTest.dynamicTest(benchmark.name(), () -> {
			List<String> progress = new ArrayList<>();
			List<Comparison> comparisons = benchmark.comparisons();
			List<ComparisonResult> results = new BenchmarkRunner(Scale.SMOKE, progress::add).run(benchmark);
			assertThat(results).extracting((result) -> result.comparison().label())
				.containsExactlyElementsOf(comparisons.stream().map(Comparison::label).toList());
			assertThat(results).allSatisfy((result) -> {
				assertThat(result.ratios()).hasSize(1);
				assertThat(result.median()).isPositive().isFinite();
			});
			assertThat(progress).anyMatch((line) -> line.contains("round 1"));
		}));
	}

}
