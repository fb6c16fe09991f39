package io.github.dokploy4j.bench;

import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.LogFollow;
import io.github.dokploy4j.deployment.LogFollowMode;
import io.github.dokploy4j.testkit.BuildScript;
import io.github.dokploy4j.testkit.BuildState;
import io.github.dokploy4j.testkit.FakeDokploy;
import io.github.dokploy4j.testkit.ScriptedBuild;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Delivery latency of the live stream, on the testkit's fake Dokploy in real time: a build holds before each line,
 * the measurement releases it (the fake appends the line and sends it to the open {@code /listen-deployment}
 * sockets on the releasing thread) and takes the time from just before the release to the line reaching the
 * listener. Lines are written one at a time, each after the previous one arrived and a short pause. The file's first
 * line, the server's own {@code Initializing deployment}, is not measured: its arrival tells that the socket is
 * open. Each run follows a build of its own application, so the SDK and
 * the floor never share a socket or a log file.
 */
final class LiveFollowMeasurement implements AutoCloseable {
    private static final Duration PAUSE = Duration.ofMillis(5);
    private static final Duration LINE_TIMEOUT = Duration.ofSeconds(10);
    private static final String FIRST_LINE = "Initializing deployment";

    private final FakeDokploy fake = FakeDokploy.start();
    private final DokployClient client = DokployClient.builder().baseUrl(fake.baseUrl()).apiKey(fake.apiKey())
            .build();
    private int builds;

    /**
     * One follow's latencies.
     *
     * @param latencyNanos of each measured line, from the write to the listener
     * @param exactlyOnce whether every line, the first one included, was delivered exactly once, in order
     */
    record Run(long[] latencyNanos, boolean exactlyOnce) {
    }

    /**
     * Follows a build with the SDK ({@code LogFollowMode.LIVE}) until the follow completes.
     *
     * @param lines how many lines to measure
     * @return the latencies
     * @throws InterruptedException when interrupted
     */
    Run sdk(int lines) throws InterruptedException {
        HeldBuild build = startBuild(lines);
        TimedLines received = new TimedLines(FIRST_LINE);
        try (LogFollow follow = client.deployments().follow(build.row, LogFollowMode.LIVE, received)) {
            long[] latencies = writeAndTime(build.build, lines, received);
            follow.awaitCompletion(Duration.ofMinutes(1));
            return new Run(latencies, received.exactly(lines));
        }
    }

    /**
     * Follows a build with the bare {@code java.net.http.WebSocket} floor until its last line.
     *
     * @param lines how many lines to measure
     * @return the latencies
     * @throws InterruptedException when interrupted
     */
    Run floor(int lines) throws InterruptedException {
        HeldBuild build = startBuild(lines);
        TimedLines received = new TimedLines(FIRST_LINE);
        URI uri = URI.create(fake.baseUrl().replaceFirst("^http", "ws") + "/listen-deployment?logPath="
                + URLEncoder.encode(build.row.logPath(), StandardCharsets.UTF_8));
        BareLogSocket socket = BareLogSocket.open(uri, fake.apiKey(), received::onLine);
        try {
            long[] latencies = writeAndTime(build.build, lines, received);
            return new Run(latencies, received.exactly(lines));
        } finally {
            socket.close();
        }
    }

    private HeldBuild startBuild(int lines) {
        String applicationId = fake.createApplication("live-" + ++builds);
        BuildScript script = BuildScript.steps();
        for (int i = 0; i < lines; i++) {
            script = script.awaitRelease().log(BuildLog.line(i));
        }
        ScriptedBuild build = fake.scriptNextBuild(applicationId, script.succeed());
        client.applications().deploy(applicationId);
        build.awaitState(BuildState.HELD, LINE_TIMEOUT);
        String deploymentId = build.deploymentId().orElseThrow();
        Deployment row = client.deployments().all(applicationId).stream()
                .filter(r -> r.deploymentId().equals(deploymentId)).findFirst().orElseThrow();
        return new HeldBuild(build, row);
    }

    private static long[] writeAndTime(ScriptedBuild build, int lines, TimedLines received)
            throws InterruptedException {
        received.awaitNext(LINE_TIMEOUT);
        long[] latencies = new long[lines];
        for (int i = 0; i < lines; i++) {
            Thread.sleep(PAUSE.toMillis());
            long written = System.nanoTime();
            build.release();
            latencies[i] = received.awaitNext(LINE_TIMEOUT) - written;
        }
        return latencies;
    }

    @Override
    public void close() {
        client.close();
        fake.close();
    }

    private record HeldBuild(ScriptedBuild build, Deployment row) {
    }
}
