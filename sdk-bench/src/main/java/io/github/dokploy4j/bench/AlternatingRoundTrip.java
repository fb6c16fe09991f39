package io.github.dokploy4j.bench;

import io.github.dokploy4j.DokployClient;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;

/**
 * The round trip of {@link RoundTripBenchmark} measured call by call in one JVM: the SDK's call and the floor's
 * alternate (which goes first flips every pair), and the figure is the median of the pairs' ratios. Pairs taken
 * microseconds apart see the same machine, so this resolves a few per cent where whole JMH forks, minutes apart on a
 * shared machine, do not.
 *
 * <p>{@code java -cp sdk-bench/target/benchmarks.jar io.github.dokploy4j.bench.AlternatingRoundTrip [pairs]}
 */
public final class AlternatingRoundTrip {
    private static final int WARM_UP_PAIRS = 5_000;

    private AlternatingRoundTrip() {
    }

    /**
     * Measures and prints one Markdown table row.
     *
     * @param args optionally the number of measured pairs (default 5,000)
     * @throws IOException when the floor's call fails
     * @throws InterruptedException when interrupted
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        try (LoopbackServer server = LoopbackServer.serving(SyntheticOrganisation.seeded()
                .allBody(RoundTripBenchmark.APPLICATION_ID, RoundTripBenchmark.ROWS));
                DokployClient client = DokployClient.builder().baseUrl(server.baseUrl())
                        .apiKey(RoundTripBenchmark.API_KEY).build()) {
            BareJdkCall floor = new BareJdkCall(server.baseUrl(), RoundTripBenchmark.API_KEY);
            run(client, floor, WARM_UP_PAIRS);
            double[][] times = run(client, floor, pairs);
            System.out.println(row(times[0], times[1]));
        }
    }

    /** Runs the pairs; returns the SDK's and the floor's times in microseconds, pair by pair. */
    private static double[][] run(DokployClient client, BareJdkCall floor, int pairs)
            throws IOException, InterruptedException {
        double[] sdk = new double[pairs];
        double[] bare = new double[pairs];
        for (int i = 0; i < pairs; i++) {
            if (i % 2 == 0) {
                sdk[i] = timeSdk(client);
                bare[i] = timeFloor(floor);
            } else {
                bare[i] = timeFloor(floor);
                sdk[i] = timeSdk(client);
            }
        }
        return new double[][] {sdk, bare};
    }

    private static double timeSdk(DokployClient client) {
        long start = System.nanoTime();
        int rows = client.deployments().all(RoundTripBenchmark.APPLICATION_ID).size();
        long end = System.nanoTime();
        check(rows);
        return (end - start) / 1_000.0;
    }

    private static double timeFloor(BareJdkCall floor) throws IOException, InterruptedException {
        long start = System.nanoTime();
        int rows = floor.all(RoundTripBenchmark.APPLICATION_ID).size();
        long end = System.nanoTime();
        check(rows);
        return (end - start) / 1_000.0;
    }

    private static void check(int rows) {
        if (rows != RoundTripBenchmark.ROWS) {
            throw new IllegalStateException("expected " + RoundTripBenchmark.ROWS + " rows, got " + rows);
        }
    }

    private static String row(double[] sdk, double[] floor) {
        double[] ratios = new double[sdk.length];
        for (int i = 0; i < sdk.length; i++) {
            ratios[i] = sdk[i] / floor[i];
        }
        Arrays.sort(ratios);
        // distribution-free 95 % interval of the median: the order statistics n/2 ∓ 1.96·√n/2
        int n = ratios.length;
        int spread = (int) Math.ceil(1.96 * Math.sqrt(n) / 2);
        return String.format(Locale.ROOT, "| %,d pairs in one JVM, alternating | %,.1f us | %,.1f us | %.3f (95 %% CI"
                + " %.3f–%.3f) |", n, median(sdk), median(floor), ratios[n / 2],
                ratios[Math.max(0, n / 2 - spread)], ratios[Math.min(n - 1, n / 2 + spread)]);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
