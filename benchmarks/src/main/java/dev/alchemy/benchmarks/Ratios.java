package dev.alchemy.benchmarks;

import java.util.Arrays;
import java.util.Locale;

/**
 * Medians and number formatting for the results table.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
final class Ratios {

	private Ratios() {
	}

	static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	static String format(double ratio) {
		return String.format(Locale.ROOT, "%.2f", ratio);
	}

}
