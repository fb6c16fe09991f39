package io.github.dokploy4j.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * The mean of per-round values with its 95 % confidence half-width (Student's t), and their median and range: how the
 * report states a quantity measured once per round.
 *
 * @param mean the mean
 * @param error the 95 % confidence half-width of the mean ({@code NaN} for a single round)
 * @param median the median
 * @param min the smallest
 * @param max the largest
 */
record RoundStatistics(double mean, double error, double median, double min, double max) {
    /** Two-sided 95 % quantiles of Student's t for 1 to 30 degrees of freedom. */
    private static final double[] T95 = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
        2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060,
        2.056, 2.052, 2.048, 2.045, 2.042};

    static RoundStatistics of(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double mean = Arrays.stream(sorted).average().orElse(Double.NaN);
        double variance = 0;
        for (double value : sorted) {
            variance += (value - mean) * (value - mean);
        }
        double error = n < 2 ? Double.NaN
                : (n - 1 <= T95.length ? T95[n - 2] : 1.960) * Math.sqrt(variance / (n - 1)) / Math.sqrt(n);
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new RoundStatistics(mean, error, median, sorted[0], sorted[n - 1]);
    }

    /** Quotients round by round. */
    static double[] ratios(double[] numerators, double[] denominators) {
        double[] ratios = new double[Math.min(numerators.length, denominators.length)];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = numerators[i] / denominators[i];
        }
        return ratios;
    }

    String format(String pattern) {
        return String.format(Locale.ROOT, pattern + " ± " + pattern, mean, Double.isFinite(error) ? error : 0);
    }

    String range(String pattern) {
        return String.format(Locale.ROOT, pattern + "–" + pattern, min, max);
    }
}
