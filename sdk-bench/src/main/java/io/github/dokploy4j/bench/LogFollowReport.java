package io.github.dokploy4j.bench;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Measures log following, outside JMH (a follow runs for seconds and the interesting numbers are rates and latency
 * percentiles, not averages), and prints two Markdown tables: polling throughput and bytes per poll against a bare
 * {@code HttpClient} poller, and live delivery latency against a bare {@code java.net.http.WebSocket}. Each side runs
 * once to warm up first. {@link RatioReport} runs it after JMH; alone:
 * {@code java -cp sdk-bench/target/benchmarks.jar io.github.dokploy4j.bench.LogFollowReport}.
 */
public final class LogFollowReport {
    /** Lines of the polled log. */
    static final int POLLED_LINES = 18_000;
    /**
     * Lines written between two polls: more than half of the SDK's 1000-line window, which keeps its interval at the
     * 0.5 s minimum, and little enough that windows overlap.
     */
    static final int GROWTH_PER_POLL = 600;
    /** Lines measured on the live stream. */
    static final int LIVE_LINES = 500;

    private LogFollowReport() {
    }

    /**
     * Runs the measurements and prints the tables.
     *
     * @param args none
     * @throws IOException when the floor's transport fails
     * @throws InterruptedException when interrupted
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        System.out.println(measure());
    }

    static String measure() throws IOException, InterruptedException {
        PollingFollowMeasurement.sdk(3_000, GROWTH_PER_POLL);
        PollingFollowMeasurement.floor(POLLED_LINES, GROWTH_PER_POLL);
        PollingFollowMeasurement.Run sdkPolling = PollingFollowMeasurement.sdk(POLLED_LINES, GROWTH_PER_POLL);
        PollingFollowMeasurement.Run floorPolling = PollingFollowMeasurement.floor(POLLED_LINES, GROWTH_PER_POLL);

        LiveFollowMeasurement.Run sdkLive;
        LiveFollowMeasurement.Run floorLive;
        try (LiveFollowMeasurement live = new LiveFollowMeasurement()) {
            live.sdk(LIVE_LINES / 2);
            live.floor(LIVE_LINES / 2);
            sdkLive = live.sdk(LIVE_LINES);
            floorLive = live.floor(LIVE_LINES);
        }
        return pollingTable(sdkPolling, floorPolling) + "\n" + liveTable(sdkLive, floorLive);
    }

    private static String pollingTable(PollingFollowMeasurement.Run sdk, PollingFollowMeasurement.Run floor) {
        Percentiles sdkPolls = Percentiles.of(sdk.pollNanos());
        Percentiles floorPolls = Percentiles.of(floor.pollNanos());
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "| polling (`LogFollowMode.POLLING`), loopback: %,d lines, %,d new per"
                + " poll, 1,000-line windows | SDK | floor: `HttpClient` + Jackson, naive de-duplication |%n",
                POLLED_LINES, GROWTH_PER_POLL));
        table.append("| --- | ---: | ---: |\n");
        table.append(String.format(Locale.ROOT, "| lines/s, start to end | %,.0f (paced: a poll every ~0.5 s) |"
                + " %,.0f (polls back to back) |%n", sdk.linesPerSecond(), floor.linesPerSecond()));
        table.append(String.format(Locale.ROOT, "| one poll (row, window, decode, deliver %,d lines), p50 / p90 |"
                + " %s / %s | %s / %s |%n", GROWTH_PER_POLL, Percentiles.millis(sdkPolls.nanos(50)),
                Percentiles.millis(sdkPolls.nanos(90)), Percentiles.millis(floorPolls.nanos(50)),
                Percentiles.millis(floorPolls.nanos(90))));
        table.append(String.format(Locale.ROOT, "| lines/s while polling (%,d ÷ p50 poll) | %,.0f | %,.0f |%n",
                GROWTH_PER_POLL, GROWTH_PER_POLL / (sdkPolls.nanos(50) / 1e9),
                GROWTH_PER_POLL / (floorPolls.nanos(50) / 1e9)));
        table.append(String.format(Locale.ROOT, "| bytes per poll: `deployment.all` (10 rows) + `readLogs` | %,.0f B"
                + " (%,.0f B of log) | %,.0f B (%,.0f B of log) |%n", sdk.bytesPerPoll(), sdk.logBytesPerPoll(),
                floor.bytesPerPoll(), floor.logBytesPerPoll()));
        table.append(String.format(Locale.ROOT, "| polls; every line exactly once | %d; %s | %d; %s |%n", sdk.polls(),
                yesNo(sdk.exactlyOnce()), floor.polls(), yesNo(floor.exactlyOnce())));
        return table.toString();
    }

    private static String liveTable(LiveFollowMeasurement.Run sdk, LiveFollowMeasurement.Run floor) {
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "| live (`LogFollowMode.LIVE`), testkit fake in real time: %,d lines,"
                + " write → listener | p50 | p90 | p99 | max | every line exactly once |%n", LIVE_LINES));
        table.append("| --- | ---: | ---: | ---: | ---: | --- |\n");
        table.append(latencyRow("SDK `onLine`", sdk));
        table.append(latencyRow("floor: bare `java.net.http.WebSocket`, lines cut from frames", floor));
        return table.toString();
    }

    private static String latencyRow(String label, LiveFollowMeasurement.Run run) {
        Percentiles latency = Percentiles.of(run.latencyNanos());
        return "| " + label + " | " + String.join(" | ", Arrays.asList(Percentiles.millis(latency.nanos(50)),
                Percentiles.millis(latency.nanos(90)), Percentiles.millis(latency.nanos(99)),
                Percentiles.millis(latency.max()))) + " | " + yesNo(run.exactlyOnce()) + " |\n";
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
