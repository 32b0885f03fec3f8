package dev.alchemy.benchmarks;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The results as a Markdown table.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
final class ResultTable {

	private ResultTable() {
	}

	static String markdown(List<ComparisonResult> results) {
		StringBuilder table = new StringBuilder();
		table.append("| benchmark | compared | median ratio | min–max | rounds | target | met? |\n");
		table.append("|---|---|---|---|---|---|---|\n");
		for (ComparisonResult result : results) {
			Comparison comparison = result.comparison();
			table.append("| ")
				.append(result.benchmark())
				.append(" | ")
				.append(comparison.label())
				.append(" | ")
				.append(Ratios.format(result.median()))
				.append(" | ")
				.append(Ratios.format(result.min()))
				.append("–")
				.append(Ratios.format(result.max()))
				.append(" | ")
				.append(result.ratios().length)
				.append(" | ")
				.append(comparison.target())
				.append(" | ")
				.append(met(result.met()))
				.append(" |\n");
		}
		return table.toString();
	}

	private static String met(@Nullable Boolean met) {
		if (met == null) {
			return "–";
		}
		return met ? "yes" : "**no**";
	}

}
