package io.github.dokploy4j.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.internal.call.ResponseDecoder;
import io.github.dokploy4j.internal.call.ResponseDecoders;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.List;
import java.util.Locale;

/**
 * Measures, outside JMH, how much heap {@value DecodeBenchmark#ROWS} decoded rows keep alive: used heap after a
 * forced full collection, before and after decoding, while the result is still referenced. The decoder is run once
 * beforehand so that its one-time caches (deserializers, symbol tables, buffers) are not counted.
 *
 * @param bodyBytes the size of the {@code allCentralized} body
 * @param sdkRetained bytes kept alive by the {@code List<Deployment>}
 * @param treeRetained bytes kept alive by a Jackson tree of the same body, for comparison
 */
record RetainedHeapProbe(long bodyBytes, long sdkRetained, long treeRetained) {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    /**
     * Runs the probe.
     *
     * @return the measurements
     * @throws IOException never for the generated body
     */
    static RetainedHeapProbe measure() throws IOException {
        byte[] body = SyntheticOrganisation.seeded().allCentralizedBody(DecodeBenchmark.ROWS);
        ResponseDecoder<List<Deployment>> sdk = ResponseDecoders.listOf(Deployment.class, "deployments");
        ObjectReader tree = new ObjectMapper().reader();
        sdk.decode(body);
        tree.readTree(body);

        long before = usedAfterFullCollection();
        Object rows = sdk.decode(body);
        long sdkRetained = usedAfterFullCollection() - before;
        Reference.reachabilityFence(rows);
        rows = null;

        before = usedAfterFullCollection();
        Object nodes = tree.readTree(body);
        long treeRetained = usedAfterFullCollection() - before;
        Reference.reachabilityFence(nodes);
        return new RetainedHeapProbe(body.length, sdkRetained, treeRetained);
    }

    /**
     * Prints the probe on its own: {@code java -cp sdk-bench/target/benchmarks.jar
     * io.github.dokploy4j.bench.RetainedHeapProbe}.
     *
     * @param args none
     * @throws IOException never for the generated body
     */
    public static void main(String[] args) throws IOException {
        System.out.println(measure().table());
    }

    String table() {
        return "| " + String.format(Locale.ROOT, "%,d", DecodeBenchmark.ROWS) + " decoded rows"
                + " | retained heap | ÷ body size (" + mib(bodyBytes) + ") | per row |\n"
                + "| --- | ---: | ---: | ---: |\n"
                + row("SDK `List<Deployment>`", sdkRetained)
                + row("Jackson `readTree` (for comparison)", treeRetained);
    }

    private String row(String what, long retained) {
        return String.format(Locale.ROOT, "| %s | %s | %.2f | %,d B |%n", what, mib(retained),
                (double) retained / bodyBytes, retained / DecodeBenchmark.ROWS);
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }

    private static long usedAfterFullCollection() {
        long used = Long.MAX_VALUE;
        // repeat until a collection frees nothing more: finalizers and reference processing can take a round
        for (int round = 0; round < 10; round++) {
            System.gc();
            long now = MEMORY.getHeapMemoryUsage().getUsed();
            if (now >= used) {
                return now;
            }
            used = now;
        }
        return used;
    }
}
