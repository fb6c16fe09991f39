package io.github.dokploy4j.bench;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.openjdk.jmh.runner.RunnerException;

/**
 * Runs every benchmark of this module in paired rounds ({@link PairedRounds}: each benchmark once per round, in a
 * fresh fork, the SDK's and the floor's in turn), prints each SDK benchmark's time and allocation as a ratio to its
 * floor's, round by round, probes the heap that decoded rows retain, then measures log following
 * ({@link LogFollowReport}). The output is Markdown.
 *
 * <p>{@code java [-Drounds=5] -jar sdk-bench/target/benchmarks.jar [regex]}; with a pattern, only the comparisons
 * whose benchmarks match it and the heap probe run. The raw JMH command line stays available as
 * {@code java -cp sdk-bench/target/benchmarks.jar org.openjdk.jmh.Main}.
 */
public final class RatioReport {
    private static final String PACKAGE = RatioReport.class.getPackageName() + ".";

    private RatioReport() {
    }

    /**
     * Runs the short profile.
     *
     * @param args optionally a JMH include pattern, to run fewer benchmarks
     * @throws RunnerException when JMH fails
     * @throws IOException when the heap probe cannot decode its body or a log-following floor fails
     * @throws InterruptedException when interrupted while following a log
     */
    public static void main(String[] args) throws RunnerException, IOException, InterruptedException {
        int rounds = Integer.getInteger("rounds", 5);
        List<Comparison> comparisons = args.length == 0 ? List.of(Comparison.ALL) : Arrays.stream(Comparison.ALL)
                .filter(comparison -> Pattern.compile(args[0]).matcher(comparison.sdk()).find()
                        || Pattern.compile(args[0]).matcher(comparison.floor()).find())
                .toList();
        PairedRounds results = PairedRounds.run(comparisons, rounds);

        System.out.println();
        System.out.println("| comparison | SDK | floor | SDK ÷ floor, time: mean ± 95 % CI (median; range) |"
                + " SDK ÷ floor, allocated | SDK / floor allocated per row or call |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
        for (Comparison comparison : comparisons) {
            System.out.println(row(comparison, results));
        }
        System.out.println();
        System.out.println("Each benchmark ran " + rounds + " times, each time in a fresh JVM (6 × 1 s warm-up, 5 × 1 s"
                + " measurement, the 2 GB heap touched before the first), the SDK's and the floor's in turn; times are the mean of those runs' scores ± the"
                + " 95 % confidence half-width, ratios are taken run by run. Allocation is JMH's gc.alloc.rate.norm.");
        System.out.println();
        System.out.println(RetainedHeapProbe.measure().table());
        if (args.length == 0) {
            System.out.println();
            System.out.println(LogFollowReport.measure());
        }
    }

    private static String row(Comparison comparison, PairedRounds results) {
        double[] sdkTimes = results.times(comparison.sdk());
        double[] floorTimes = results.times(comparison.floor());
        RoundStatistics sdk = RoundStatistics.of(sdkTimes);
        RoundStatistics floor = RoundStatistics.of(floorTimes);
        RoundStatistics time = RoundStatistics.of(RoundStatistics.ratios(sdkTimes, floorTimes));
        double[] sdkAlloc = results.allocations(comparison.sdk());
        double[] floorAlloc = results.allocations(comparison.floor());
        String allocRatio = "n/a";
        String perItem = "n/a";
        if (sdkAlloc.length > 0 && floorAlloc.length > 0) {
            allocRatio = RoundStatistics.of(RoundStatistics.ratios(sdkAlloc, floorAlloc)).format("%.3f");
            perItem = String.format(Locale.ROOT, "%,.0f B / %,.0f B",
                    RoundStatistics.of(sdkAlloc).mean() / comparison.itemsPerOp(),
                    RoundStatistics.of(floorAlloc).mean() / comparison.itemsPerOp());
        }
        return "| " + comparison.label() + " | " + sdk.format("%,.1f") + " " + results.unit(comparison.sdk())
                + " | " + floor.format("%,.1f") + " " + results.unit(comparison.floor()) + " | "
                + time.format("%.3f") + " (" + String.format(Locale.ROOT, "%.3f", time.median()) + "; "
                + time.range("%.3f") + ") | " + allocRatio + " | " + perItem + " |";
    }
}
