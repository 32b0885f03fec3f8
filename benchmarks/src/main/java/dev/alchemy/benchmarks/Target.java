package dev.alchemy.benchmarks;

import org.jspecify.annotations.Nullable;

/**
 * What a comparison's median ratio should be: at least or at most some value, or nothing
 * (a ratio that is only reported).
 *
 * @author Alchemy team
 * @since 0.1.0
 */
public final class Target {

	private static final Target NONE = new Target(null, 0);

	private final @Nullable Boolean atLeast;

	private final double bound;

	private Target(@Nullable Boolean atLeast, double bound) {
		this.atLeast = atLeast;
		this.bound = bound;
	}

	/**
	 * The ratio should be this or more.
	 * @param bound the lowest ratio that meets the target
	 * @return the target
	 */
	public static Target atLeast(double bound) {
		return new Target(true, bound);
	}

	/**
	 * The ratio should be this or less.
	 * @param bound the highest ratio that meets the target
	 * @return the target
	 */
	public static Target atMost(double bound) {
		return new Target(false, bound);
	}

	/**
	 * No target: the ratio is reported only.
	 * @return the target
	 */
	public static Target none() {
		return NONE;
	}

	/**
	 * Whether the ratio meets the target.
	 * @param ratio the median ratio
	 * @return {@code null} when there is no target
	 */
	public @Nullable Boolean isMetBy(double ratio) {
		if (this.atLeast == null) {
			return null;
		}
		return this.atLeast ? ratio >= this.bound : ratio <= this.bound;
	}

	@Override
	public String toString() {
		if (this.atLeast == null) {
			return "–";
		}
		return (this.atLeast ? "≥ " : "≤ ") + Ratios.format(this.bound);
	}

}
