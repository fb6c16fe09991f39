package io.github.dokploy4j.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.deployment.Deployment;
import java.io.IOException;
import java.util.List;
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
 * One synchronous {@code deployment.all} call against a loopback server answering {@value #ROWS} rows: the SDK's
 * {@code deployments().all(id)} and the same request with a bare {@code HttpClient.send} and Jackson.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RoundTripBenchmark {
    /** Rows in the answer. */
    public static final int ROWS = 50;
    static final String APPLICATION_ID = "qH3vT9xK2mLp7RwZ4sNbY";
    static final String API_KEY = "bench-api-key";

    private LoopbackServer server;
    private DokployClient client;
    private BareJdkCall floor;

    /** Starts the server and both clients. */
    @Setup
    public void setUp() {
        server = LoopbackServer.serving(SyntheticOrganisation.seeded().allBody(APPLICATION_ID, ROWS));
        client = DokployClient.builder().baseUrl(server.baseUrl()).apiKey(API_KEY).build();
        floor = new BareJdkCall(server.baseUrl(), API_KEY);
    }

    /** Stops what {@link #setUp()} started. */
    @TearDown
    public void tearDown() {
        client.close();
        server.close();
    }

    /**
     * The SDK's sync view.
     *
     * @return the deployments
     */
    @Benchmark
    public List<Deployment> sdk() {
        return client.deployments().all(APPLICATION_ID);
    }

    /**
     * The floor.
     *
     * @return the rows as a tree
     * @throws IOException on a transport failure
     * @throws InterruptedException never
     */
    @Benchmark
    public JsonNode floor() throws IOException, InterruptedException {
        return floor.all(APPLICATION_ID);
    }
}
