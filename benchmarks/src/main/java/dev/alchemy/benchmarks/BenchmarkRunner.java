package dev.alchemy.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs benchmarks fairly: every variant of a benchmark on the same set-up, warm-up rounds
 * first, then rounds that alternate the variants (the first variant of a round moves on
 * by one each round, so none is always measured first), and ratios taken within a round,
 * so that a machine that gets busier or quieter during the run moves both sides of a
 * ratio alike.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
public final class BenchmarkRunner {

	private final Scale scale;

	private final Consumer<String> progress;

	/**
	 * Create a runner.
	 * @param scale the sizes and rounds
	 * @param progress where to report what runs, one line at a time
	 */
	public BenchmarkRunner(Scale scale, Consumer<String> progress) {
		this.scale = scale;
		this.progress = progress;
	}

	/**
	 * Set up, measure and close one benchmark.
	 * @param benchmark the benchmark
	 * @return one result per comparison
	 * @throws Exception if the benchmark fails
	 */
	public List<ComparisonResult> run(Benchmark benchmark) throws Exception {
		try (benchmark) {
			this.progress.accept(benchmark.name() + ": setting up");
			benchmark.setUp(this.scale);
			List<String> variants = benchmark.variants();
			for (int round = 0; round < this.scale.warmupRounds(); round++) {
				for (String variant : inRoundOrder(variants, round)) {
					double value = benchmark.measure(variant);
					this.progress.accept(benchmark.name() + ": warm-up " + (round + 1) + ", " + variant + ": " + value);
				}
			}
			Map<String, double[]> values = new HashMap<>();
			variants.forEach((variant) -> values.put(variant, new double[this.scale.rounds()]));
			for (int round = 0; round < this.scale.rounds(); round++) {
				for (String variant : inRoundOrder(variants, round)) {
					double value = benchmark.measure(variant);
					check(benchmark, variant, value);
					values.get(variant)[round] = value;
					this.progress.accept(benchmark.name() + ": round " + (round + 1) + ", " + variant + ": " + value);
				}
			}
			List<ComparisonResult> results = new ArrayList<>();
			for (Comparison comparison : benchmark.comparisons()) {
				double[] numerators = values.get(comparison.numerator());
				double[] denominators = values.get(comparison.denominator());
				if (numerators == null || denominators == null) {
					throw new IllegalStateException(benchmark.name() + " compares a variant it does not have: "
							+ comparison.numerator() + " / " + comparison.denominator());
				}
				double[] ratios = new double[this.scale.rounds()];
				for (int round = 0; round < ratios.length; round++) {
					ratios[round] = numerators[round] / denominators[round];
				}
				results.add(new ComparisonResult(benchmark.name(), comparison, ratios));
			}
			return results;
		}
	}

	static List<String> inRoundOrder(List<String> variants, int round) {
		List<String> order = new ArrayList<>(variants.size());
		for (int i = 0; i < variants.size(); i++) {
			order.add(variants.get((round + i) % variants.size()));
		}
		return order;
	}

	private static void check(Benchmark benchmark, String variant, double value) {
		if (!(value > 0) || Double.isInfinite(value)) {
			throw new IllegalStateException(
					benchmark.name() + ": " + variant + " measured " + value + ", which no ratio can be taken of");
		}
	}

}
