package dev.alchemy.benchmarks;

import java.util.List;

/**
 * One benchmark: a few variants doing the same work, measured round after round by the
 * {@link BenchmarkRunner}, and the {@link Comparison comparisons} between them that the
 * results table shows.
 * <p>
 * Adding a benchmark is one class implementing this interface, listed in
 * {@link BenchmarksMain#benchmarks()}.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
public interface Benchmark extends AutoCloseable {

	/**
	 * Short name, used in the table and by {@code --only=}.
	 * @return the name
	 */
	String name();

	/**
	 * The variants, in the order a round measures them first (the runner rotates the order
	 * from round to round).
	 * @return the variants' labels
	 */
	List<String> variants();

	/**
	 * The ratios to report, each between two of the {@link #variants()}.
	 * @return the comparisons
	 */
	List<Comparison> comparisons();

	/**
	 * Create the databases, load the data, start the applications.
	 * @param scale the sizes to use
	 * @throws Exception if the set-up fails
	 */
	void setUp(Scale scale) throws Exception;

	/**
	 * Measure one variant once. What the value is (requests per second, seconds, ...) is
	 * the benchmark's business: comparisons divide two variants' values of the same round.
	 * @param variant one of the {@link #variants()}
	 * @return the value measured
	 * @throws Exception if the variant fails
	 */
	double measure(String variant) throws Exception;

	/**
	 * Stop what {@link #setUp(Scale)} started and drop what it created.
	 */
	@Override
	void close() throws Exception;

}
