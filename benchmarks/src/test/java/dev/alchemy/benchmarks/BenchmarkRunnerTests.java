package dev.alchemy.benchmarks;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link BenchmarkRunner}, with a benchmark whose values are made up.
 *
 * @author Alchemy team
 */
class BenchmarkRunnerTests {

	@Test
	void alternatesTheVariantsAndRotatesWhichGoesFirst() {
		assertThat(BenchmarkRunner.inRoundOrder(List.of("a", "b", "c"), 0)).containsExactly("a", "b", "c");
		assertThat(BenchmarkRunner.inRoundOrder(List.of("a", "b", "c"), 1)).containsExactly("b", "c", "a");
		assertThat(BenchmarkRunner.inRoundOrder(List.of("a", "b", "c"), 3)).containsExactly("a", "b", "c");
	}

	@Test
	void takesRatiosWithinEachRoundAndReportsTheirMedian() throws Exception {
		FakeBenchmark benchmark = new FakeBenchmark(new double[] { 4, 3, 2 }, new double[] { 2, 1, 1 });
		List<ComparisonResult> results = new BenchmarkRunner(new Scale(true, 0, 3), (line) -> {
		}).run(benchmark);
		assertThat(results).singleElement().satisfies((result) -> {
			assertThat(result.ratios()).containsExactly(2.0, 3.0, 2.0);
			assertThat(result.median()).isEqualTo(2.0);
			assertThat(result.min()).isEqualTo(2.0);
			assertThat(result.max()).isEqualTo(3.0);
			assertThat(result.met()).isTrue();
		});
		assertThat(benchmark.measured).containsExactly("a", "b", "b", "a", "a", "b");
		assertThat(benchmark.closed).isTrue();
	}

	@Test
	void warmUpRoundsAreMeasuredButNotReported() throws Exception {
		FakeBenchmark benchmark = new FakeBenchmark(new double[] { 100, 2 }, new double[] { 1, 1 });
		List<ComparisonResult> results = new BenchmarkRunner(new Scale(true, 1, 1), (line) -> {
		}).run(benchmark);
		assertThat(results.get(0).ratios()).containsExactly(2.0);
		assertThat(benchmark.measured).hasSize(4);
	}

	@Test
	void refusesAValueNoRatioCanBeTakenOf() {
		FakeBenchmark benchmark = new FakeBenchmark(new double[] { 0 }, new double[] { 1 });
		assertThatIllegalStateException()
			.isThrownBy(() -> new BenchmarkRunner(new Scale(true, 0, 1), (line) -> {
			}).run(benchmark))
			.withMessageContaining("a measured 0.0");
		assertThat(benchmark.closed).isTrue();
	}

	@Test
	void tableHasOneRowPerComparisonWithItsTarget() {
		Comparison comparison = new Comparison("(a)/(b) requests/s", "a", "b", Target.atLeast(1.0));
		String table = ResultTable.markdown(List.of(new ComparisonResult("request-path", comparison,
				new double[] { 0.9, 0.95, 1.2 })));
		assertThat(table.lines()).hasSize(3);
		assertThat(table).contains("| request-path | (a)/(b) requests/s | 0.95 | 0.90–1.20 | 3 | ≥ 1.00 | **no** |");
	}

	private static final class FakeBenchmark implements Benchmark {

		private final double[] aValues;

		private final double[] bValues;

		private final List<String> measured = new ArrayList<>();

		private boolean closed;

		/**
		 * A benchmark whose variants "a" and "b" measure these values, one per round.
		 */
		FakeBenchmark(double[] aValues, double[] bValues) {
			this.aValues = aValues;
			this.bValues = bValues;
		}

		@Override
		public String name() {
			return "fake";
		}

		@Override
		public List<String> variants() {
			return List.of("a", "b");
		}

		@Override
		public List<Comparison> comparisons() {
			return List.of(new Comparison("a/b", "a", "b", Target.atLeast(1.5)));
		}

		@Override
		public void setUp(Scale scale) {
		}

		@Override
		public double measure(String variant) {
			int round = (int) this.measured.stream().filter(variant::equals).count();
			this.measured.add(variant);
			return variant.equals("a") ? this.aValues[round] : this.bValues[round];
		}

		@Override
		public void close() {
			this.closed = true;
		}

	}

}
