package io.github.dokploy4j.bench;

import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.deployment.AsyncDeployments;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * {@value #CALLS} concurrent asynchronous {@code deployment.all} calls (of {@value RoundTripBenchmark#ROWS} rows each)
 * against a loopback server, all started at once and awaited together. The SDK bounds what it has in flight
 * ({@code maxConcurrentRequests}, default {@value #SDK_DEFAULT_LIMIT}); the floor is measured both unbounded and
 * bounded the same way.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FanOutBenchmark {
    /** Calls per operation. */
    public static final int CALLS = 1_000;
    /** The builder's default {@code maxConcurrentRequests}. */
    public static final int SDK_DEFAULT_LIMIT = 64;

    private LoopbackServer server;
    private DokployClient defaultClient;
    private DokployClient unboundedClient;
    private BareJdkCall floor;

    /** Starts the server and the clients. */
    @Setup
    public void setUp() {
        server = LoopbackServer.serving(
                SyntheticOrganisation.seeded().allBody(RoundTripBenchmark.APPLICATION_ID, RoundTripBenchmark.ROWS));
        defaultClient = DokployClient.builder().baseUrl(server.baseUrl()).apiKey(RoundTripBenchmark.API_KEY).build();
        unboundedClient = DokployClient.builder().baseUrl(server.baseUrl()).apiKey(RoundTripBenchmark.API_KEY)
                .maxConcurrentRequests(CALLS).build();
        floor = new BareJdkCall(server.baseUrl(), RoundTripBenchmark.API_KEY);
    }

    /** Stops what {@link #setUp()} started. */
    @TearDown
    public void tearDown() {
        defaultClient.close();
        unboundedClient.close();
        server.close();
    }

    /**
     * The SDK as built by default: at most {@value #SDK_DEFAULT_LIMIT} calls in flight, the rest queued.
     *
     * @return the calls, all complete
     */
    @Benchmark
    public CompletableFuture<?>[] sdkDefaultLimit() {
        return allAtOnce(defaultClient.async().deployments());
    }

    /**
     * The SDK with {@code maxConcurrentRequests} raised to {@value #CALLS}, so nothing waits.
     *
     * @return the calls, all complete
     */
    @Benchmark
    public CompletableFuture<?>[] sdkUnbounded() {
        return allAtOnce(unboundedClient.async().deployments());
    }

    /**
     * The floor: {@value #CALLS} {@code sendAsync} calls at once.
     *
     * @return the calls, all complete
     */
    @Benchmark
    public CompletableFuture<?>[] floorUnbounded() {
        CompletableFuture<?>[] calls = new CompletableFuture<?>[CALLS];
        for (int i = 0; i < CALLS; i++) {
            calls[i] = floor.allAsync(RoundTripBenchmark.APPLICATION_ID);
        }
        CompletableFuture.allOf(calls).join();
        return calls;
    }

    /**
     * The floor bounded like the SDK's default: at most {@value #SDK_DEFAULT_LIMIT} {@code sendAsync} calls in
     * flight.
     *
     * @return the completed window
     */
    @Benchmark
    public CompletableFuture<?>[] floorBounded() {
        CompletableFuture<Void> all = SlidingWindow.run(CALLS, SDK_DEFAULT_LIMIT,
                () -> floor.allAsync(RoundTripBenchmark.APPLICATION_ID));
        all.join();
        return new CompletableFuture<?>[] {all};
    }

    private static CompletableFuture<?>[] allAtOnce(AsyncDeployments deployments) {
        CompletableFuture<?>[] calls = new CompletableFuture<?>[CALLS];
        for (int i = 0; i < CALLS; i++) {
            calls[i] = deployments.all(RoundTripBenchmark.APPLICATION_ID);
        }
        CompletableFuture.allOf(calls).join();
        return calls;
    }
}
