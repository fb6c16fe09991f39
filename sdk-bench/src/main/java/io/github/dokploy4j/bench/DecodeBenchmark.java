package io.github.dokploy4j.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.internal.call.ResponseDecoder;
import io.github.dokploy4j.internal.call.ResponseDecoders;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Decoding one {@code deployment.allCentralized} body of {@value #ROWS} rows: through the SDK's own decoder into
 * {@code List<Deployment>}, and with a plain Jackson mapper into a tree and into {@code List<Map>}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DecodeBenchmark {
    /** Rows in the body: an organisation with about a thousand services. */
    public static final int ROWS = 10_000;

    private byte[] body;
    private ResponseDecoder<List<Deployment>> sdk;
    private ObjectReader tree;
    private ObjectReader maps;

    /** Generates the body and builds the readers once, as a long-lived client would. */
    @Setup
    public void setUp() {
        body = SyntheticOrganisation.seeded().allCentralizedBody(ROWS);
        sdk = ResponseDecoders.listOf(Deployment.class, "deployments");
        ObjectMapper plain = new ObjectMapper();
        tree = plain.reader();
        maps = plain.readerFor(new TypeReference<List<Map<String, Object>>>() { });
    }

    /**
     * The SDK's decoder for every {@code deployment.*} list procedure.
     *
     * @return the deployments
     * @throws IOException never for this body
     */
    @Benchmark
    public List<Deployment> sdk() throws IOException {
        return sdk.decode(body);
    }

    /**
     * The floor: Jackson's tree model.
     *
     * @return the tree
     * @throws IOException never for this body
     */
    @Benchmark
    public JsonNode floorTree() throws IOException {
        return tree.readTree(body);
    }

    /**
     * Jackson into lists and maps, the other untyped floor.
     *
     * @return the rows
     * @throws IOException never for this body
     */
    @Benchmark
    public List<Map<String, Object>> floorMaps() throws IOException {
        return maps.readValue(body);
    }
}
