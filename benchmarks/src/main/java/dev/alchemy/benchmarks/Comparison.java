package dev.alchemy.benchmarks;

/**
 * A ratio to report: the value of one variant divided by the value of another, measured
 * in the same round.
 *
 * @param label what the table calls the comparison, for example
 * {@code "(a)/(b) requests/s"}
 * @param numerator the variant whose value is divided
 * @param denominator the variant it is divided by
 * @param target what the median ratio should be, or {@link Target#none()}
 * @author Alchemy team
 * @since 0.1.0
 */
public record Comparison(String label, String numerator, String denominator, Target target) {

}
