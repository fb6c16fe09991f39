package io.github.dokploy4j.bench;

import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.LogFollow;
import io.github.dokploy4j.deployment.LogFollowMode;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * Follows a {@link PolledLogServer}'s log to its end, once with the SDK ({@code LogFollowMode.POLLING}, which waits
 * between polls: 0.5 s while windows come back more than half new) and once with the {@link BareLogPoller} floor
 * (back to back), and measures each: lines per second from start to end, the time of each poll from its
 * {@code deployment.all} arriving at the server to the last of its new lines reaching the listener, and the bytes each
 * poll moves.
 */
final class PollingFollowMeasurement {
    private PollingFollowMeasurement() {
    }

    /**
     * One follow.
     *
     * @param lines how many lines the log had
     * @param exactlyOnce whether every line was delivered exactly once, in order, without a gap
     * @param polls how many polls it took (row plus window each)
     * @param wallNanos from the start of the follow to its end
     * @param pollNanos the time of each poll that brought new lines, excluding the wait before it
     * @param bytesPerPoll the bytes of a poll's two answers, on average
     * @param logBytesPerPoll the bytes of a poll's {@code readLogs} answer, on average
     */
    record Run(int lines, boolean exactlyOnce, int polls, long wallNanos, long[] pollNanos, double bytesPerPoll,
            double logBytesPerPoll) {

        double linesPerSecond() {
            return lines / (wallNanos / 1e9);
        }
    }

    /**
     * Follows with the SDK.
     *
     * @param total lines the build writes
     * @param growth lines it writes before each window
     * @return the measurement
     * @throws InterruptedException when interrupted
     */
    static Run sdk(int total, int growth) throws InterruptedException {
        try (PolledLogServer server = PolledLogServer.start(total, growth);
                DokployClient client = DokployClient.builder().baseUrl(server.baseUrl())
                        .apiKey(PolledLogServer.API_KEY).build()) {
            Deployment row = client.deployments().all(PolledLogServer.APPLICATION_ID).stream()
                    .filter(r -> r.deploymentId().equals(server.deploymentId())).findFirst().orElseThrow();
            int lookups = server.pollStarts().size();
            TimedLines lines = new TimedLines();
            long start = System.nanoTime();
            try (LogFollow follow = client.deployments().follow(row, LogFollowMode.POLLING, lines)) {
                follow.awaitCompletion(Duration.ofMinutes(5));
            }
            long wall = System.nanoTime() - start;
            List<Long> pollStarts = server.pollStarts();
            return run(server, lines, total, growth, wall, pollStarts.subList(lookups, pollStarts.size()));
        }
    }

    /**
     * Follows with the floor.
     *
     * @param total lines the build writes
     * @param growth lines it writes before each window
     * @return the measurement
     * @throws IOException on a transport failure
     * @throws InterruptedException when interrupted
     */
    static Run floor(int total, int growth) throws IOException, InterruptedException {
        try (PolledLogServer server = PolledLogServer.start(total, growth)) {
            BareLogPoller poller = new BareLogPoller(server.baseUrl(), PolledLogServer.API_KEY,
                    PolledLogServer.APPLICATION_ID, server.deploymentId());
            TimedLines lines = new TimedLines();
            long start = System.nanoTime();
            poller.follow(lines::onLine);
            long wall = System.nanoTime() - start;
            return run(server, lines, total, growth, wall, server.pollStarts());
        }
    }

    private static Run run(PolledLogServer server, TimedLines lines, int total, int growth, long wall,
            List<Long> pollStarts) {
        long[] arrivals = lines.drain();
        int growingPolls = Math.min(pollStarts.size(), (total + growth - 1) / growth);
        long[] pollNanos = new long[growingPolls];
        for (int k = 0; k < growingPolls && arrivals.length > 0; k++) {
            int lastLine = Math.min(total, (k + 1) * growth) - 1;
            pollNanos[k] = arrivals[Math.min(lastLine, arrivals.length - 1)] - pollStarts.get(k);
        }
        return new Run(total, lines.exactly(total), server.polls(), wall, pollNanos, server.bytesPerPoll(),
                server.logBytesPerPoll());
    }
}
