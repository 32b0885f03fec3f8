package dev.alchemy.benchmarks;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * The ratios of one comparison, one per measured round.
 *
 * @param benchmark the benchmark's name
 * @param comparison the comparison
 * @param ratios the ratio of each round
 * @author Alchemy team
 * @since 0.1.0
 */
public record ComparisonResult(String benchmark, Comparison comparison, double[] ratios) {

	/**
	 * The median of the rounds' ratios.
	 * @return the median
	 */
	public double median() {
		return Ratios.median(this.ratios);
	}

	/**
	 * The lowest round's ratio.
	 * @return the minimum
	 */
	public double min() {
		return Arrays.stream(this.ratios).min().orElseThrow();
	}

	/**
	 * The highest round's ratio.
	 * @return the maximum
	 */
	public double max() {
		return Arrays.stream(this.ratios).max().orElseThrow();
	}

	/**
	 * Whether the median meets the comparison's target.
	 * @return {@code null} when there is no target
	 */
	public @Nullable Boolean met() {
		return this.comparison.target().isMetBy(median());
	}

}
