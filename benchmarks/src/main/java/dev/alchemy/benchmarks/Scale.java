package dev.alchemy.benchmarks;

import java.time.Duration;

/**
 * How big a run is: the full benchmark, or the smoke test's tiny version of it, which
 * only shows that every benchmark runs and yields its ratios.
 *
 * @param smoke whether this is the smoke test's scale
 * @param warmupRounds rounds run first and thrown away
 * @param rounds rounds measured
 * @author Alchemy team
 * @since 0.1.0
 */
public record Scale(boolean smoke, int warmupRounds, int rounds) {

	/** The benchmark as the README reports it. */
	public static final Scale FULL = new Scale(false, 2, 7);

	/** One round of everything, as small as it goes: never a timing to trust. */
	public static final Scale SMOKE = new Scale(true, 0, 1);

	/**
	 * A size: the full one, or the smoke test's.
	 * @param full the size at full scale
	 * @param smoke the size in the smoke test
	 * @return the size for this scale
	 */
	public int size(int full, int smoke) {
		return this.smoke ? smoke : full;
	}

	/**
	 * A duration: the full one, or the smoke test's.
	 * @param full the duration at full scale
	 * @param smoke the duration in the smoke test
	 * @return the duration for this scale
	 */
	public Duration duration(Duration full, Duration smoke) {
		return this.smoke ? smoke : full;
	}

	/**
	 * This scale with other round counts.
	 * @param warmupRounds rounds run first and thrown away
	 * @param rounds rounds measured
	 * @return the new scale
	 */
	public Scale withRounds(int warmupRounds, int rounds) {
		return new Scale(this.smoke, warmupRounds, rounds);
	}

}
