package dev.alchemy.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every benchmark at {@link Scale#SMOKE}: it sets up, runs every variant (keyset pages and
 * the quickstart recording queries included), and yields a ratio for every comparison.
 * Never a timing: the sizes are far too small to mean anything, and the build must not
 * depend on how busy the machine is.
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

	@Test
	void keysetPaginationAndQueryRecordingAreMeasuredAgainstTheirTargets() {
		List<String> measured = BenchmarksMain.benchmarks()
			.stream()
			.flatMap((benchmark) -> benchmark.comparisons()
				.stream()
				.map((comparison) -> benchmark.name() + ": " + comparison.label() + " " + comparison.target()))
			.toList();
		assertThat(measured).contains("pagination: keyset page 10000 / keyset page 1, ms per page ≤ 2.00",
				"request-path: (a')/(a) requests/s, recording on / off ≥ 0.90");
	}

}
