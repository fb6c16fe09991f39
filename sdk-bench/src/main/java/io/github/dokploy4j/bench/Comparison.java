package io.github.dokploy4j.bench;

/**
 * One row of the ratio table: an SDK benchmark and the floor benchmark it is measured against in the same run.
 *
 * @param label what is compared
 * @param sdk the SDK benchmark, {@code Class.method}
 * @param floor the floor benchmark, {@code Class.method}
 * @param itemsPerOp rows (or calls) one operation handles, for the per-item allocation column
 */
record Comparison(String label, String sdk, String floor, int itemsPerOp) {
    static final Comparison[] ALL = {
        new Comparison("decode 10,000 allCentralized rows: `List<Deployment>` vs `readTree`",
                "DecodeBenchmark.sdk", "DecodeBenchmark.floorTree", DecodeBenchmark.ROWS),
        new Comparison("decode 10,000 allCentralized rows: `List<Deployment>` vs `List<Map>`",
                "DecodeBenchmark.sdk", "DecodeBenchmark.floorMaps", DecodeBenchmark.ROWS),
        new Comparison("sync `deployments().all()`, 50 rows, loopback vs `HttpClient.send` + `readTree`",
                "RoundTripBenchmark.sdk", "RoundTripBenchmark.floor", 1),
        new Comparison("1,000 async `all()`: SDK default (64 in flight) vs `sendAsync` unbounded",
                "FanOutBenchmark.sdkDefaultLimit", "FanOutBenchmark.floorUnbounded", FanOutBenchmark.CALLS),
        new Comparison("1,000 async `all()`: SDK default (64 in flight) vs `sendAsync` bounded to 64",
                "FanOutBenchmark.sdkDefaultLimit", "FanOutBenchmark.floorBounded", FanOutBenchmark.CALLS),
        new Comparison("1,000 async `all()`: SDK `maxConcurrentRequests(1000)` vs `sendAsync` unbounded",
                "FanOutBenchmark.sdkUnbounded", "FanOutBenchmark.floorUnbounded", FanOutBenchmark.CALLS),
    };
}
