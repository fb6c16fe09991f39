package io.github.dokploy4j.bench;

import java.util.Locale;

/**
 * A quotient of two JMH scores with its error: the relative errors (JMH's 99.9% confidence half-widths) add in
 * quadrature, the usual first-order propagation for independent measurements.
 *
 * @param value the quotient
 * @param error the propagated half-width
 */
record Ratio(double value, double error) {
    static Ratio of(double numerator, double numeratorError, double denominator, double denominatorError) {
        double value = numerator / denominator;
        double relative = Math.hypot(finite(numeratorError) / numerator, finite(denominatorError) / denominator);
        return new Ratio(value, value * relative);
    }

    // JMH reports NaN as the error of a single measurement iteration
    private static double finite(double error) {
        return Double.isFinite(error) ? error : 0;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.3f ± %.3f", value, error);
    }
}
