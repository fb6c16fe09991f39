package io.github.dokploy4j.bench;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark of this module in one short JMH run (with the GC profiler), prints each SDK benchmark's
 * time and allocation as a ratio to its floor's, probes the heap that decoded rows retain, then measures log
 * following ({@link LogFollowReport}). The output is Markdown.
 *
 * <p>{@code java -jar sdk-bench/target/benchmarks.jar [include-regex]}; with an include pattern, only the matching
 * JMH benchmarks and the heap probe run. The raw JMH command line stays available as
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
        Options options = new OptionsBuilder()
                .include(args.length > 0 ? args[0] : PACKAGE.replace(".", "\\.") + ".*Benchmark\\..*")
                .forks(1)
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(2))
                .addProfiler(GCProfiler.class)
                .jvmArgsAppend("-Xms2g", "-Xmx2g", "-Dsun.net.httpserver.nodelay=true")
                .shouldFailOnError(true)
                .build();
        Collection<RunResult> results = new Runner(options).run();

        Map<String, RunResult> byName = new HashMap<>();
        for (RunResult result : results) {
            byName.put(result.getParams().getBenchmark().substring(PACKAGE.length()), result);
        }
        System.out.println();
        System.out.println("| comparison | SDK | floor | SDK ÷ floor, time | SDK ÷ floor, allocated | SDK / floor"
                + " allocated per row or call |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
        for (Comparison comparison : Comparison.ALL) {
            RunResult sdk = byName.get(comparison.sdk());
            RunResult floor = byName.get(comparison.floor());
            if (sdk != null && floor != null) {
                System.out.println(row(comparison, sdk, floor));
            }
        }
        System.out.println();
        System.out.println("Times are per operation (lower is better), ± JMH's 99.9% confidence half-width; ratios"
                + " carry those errors propagated in quadrature. Allocation is JMH's gc.alloc.rate.norm.");
        System.out.println();
        System.out.println(RetainedHeapProbe.measure().table());
        if (args.length == 0) {
            System.out.println();
            System.out.println(LogFollowReport.measure());
        }
    }

    private static String row(Comparison comparison, RunResult sdk, RunResult floor) {
        Result<?> sdkTime = sdk.getPrimaryResult();
        Result<?> floorTime = floor.getPrimaryResult();
        Result<?> sdkAlloc = allocation(sdk);
        Result<?> floorAlloc = allocation(floor);
        Ratio time = Ratio.of(sdkTime.getScore(), sdkTime.getScoreError(), floorTime.getScore(),
                floorTime.getScoreError());
        String allocRatio = "n/a";
        String perItem = "n/a";
        if (sdkAlloc != null && floorAlloc != null) {
            allocRatio = Ratio.of(sdkAlloc.getScore(), sdkAlloc.getScoreError(), floorAlloc.getScore(),
                    floorAlloc.getScoreError()).toString();
            perItem = String.format(Locale.ROOT, "%,.0f B / %,.0f B", sdkAlloc.getScore() / comparison.itemsPerOp(),
                    floorAlloc.getScore() / comparison.itemsPerOp());
        }
        return "| " + comparison.label() + " | " + score(sdkTime) + " | " + score(floorTime) + " | " + time
                + " | " + allocRatio + " | " + perItem + " |";
    }

    private static Result<?> allocation(RunResult result) {
        for (String name : result.getSecondaryResults().keySet()) {
            if (name.endsWith("gc.alloc.rate.norm")) {
                return result.getSecondaryResults().get(name);
            }
        }
        return null;
    }

    private static String score(Result<?> result) {
        double error = Double.isFinite(result.getScoreError()) ? result.getScoreError() : 0;
        return String.format(Locale.ROOT, "%,.1f ± %,.1f %s", result.getScore(), error, result.getScoreUnit());
    }
}
