package io.github.dokploy4j.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs each benchmark of the comparisons once per round, each run in a fresh JVM fork, the SDK's and the floor's in
 * turn (the order flips every round), so that a machine whose speed drifts slows both sides of a pair alike. It keeps
 * JMH's score and allocation per operation of every run.
 */
final class PairedRounds {
    private final Map<String, List<Double>> times = new LinkedHashMap<>();
    private final Map<String, List<Double>> allocations = new LinkedHashMap<>();
    private final Map<String, String> units = new LinkedHashMap<>();

    private PairedRounds() {
    }

    static PairedRounds run(List<Comparison> comparisons, int rounds) throws RunnerException {
        Set<String> benchmarks = new LinkedHashSet<>();
        for (Comparison comparison : comparisons) {
            benchmarks.add(comparison.sdk());
            benchmarks.add(comparison.floor());
        }
        PairedRounds results = new PairedRounds();
        for (int round = 0; round < rounds; round++) {
            List<String> order = new ArrayList<>(benchmarks);
            if (round % 2 == 1) {
                Collections.reverse(order);
            }
            for (String benchmark : order) {
                results.add(benchmark, runOnce(benchmark));
            }
        }
        return results;
    }

    private void add(String benchmark, RunResult result) {
        Result<?> time = result.getPrimaryResult();
        units.put(benchmark, time.getScoreUnit());
        times.computeIfAbsent(benchmark, name -> new ArrayList<>()).add(time.getScore());
        for (String name : result.getSecondaryResults().keySet()) {
            if (name.endsWith("gc.alloc.rate.norm")) {
                Result<?> allocation = result.getSecondaryResults().get(name);
                allocations.computeIfAbsent(benchmark, key -> new ArrayList<>()).add(allocation.getScore());
            }
        }
    }

    private static RunResult runOnce(String benchmark) throws RunnerException {
        Options options = new OptionsBuilder()
                .include("^" + Pattern.quote(PairedRounds.class.getPackageName() + "." + benchmark) + "$")
                .forks(1)
                .warmupIterations(6)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(1))
                .addProfiler(GCProfiler.class)
                .jvmArgsAppend("-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch", "-Dsun.net.httpserver.nodelay=true")
                .shouldFailOnError(true)
                .build();
        return new Runner(options).runSingle();
    }

    /** JMH's score of every round of the benchmark, in round order. */
    double[] times(String benchmark) {
        return values(times, benchmark);
    }

    /** The bytes allocated per operation in every round of the benchmark, in round order. */
    double[] allocations(String benchmark) {
        return values(allocations, benchmark);
    }

    String unit(String benchmark) {
        return units.getOrDefault(benchmark, "");
    }

    private static double[] values(Map<String, List<Double>> byBenchmark, String benchmark) {
        return byBenchmark.getOrDefault(benchmark, List.of()).stream().mapToDouble(Double::doubleValue).toArray();
    }
}
