package io.github.dokploy4j.internal.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.FakeTime;
import io.github.dokploy4j.LoopbackProxy;
import io.github.dokploy4j.TestClients;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.internal.deployment.DefaultAsyncDeployments;
import io.github.dokploy4j.testkit.BuildScript;
import io.github.dokploy4j.testkit.BuildState;
import io.github.dokploy4j.testkit.FakeDokploy;
import io.github.dokploy4j.testkit.FakeDokployOptions;
import io.github.dokploy4j.testkit.ScriptedBuild;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code lines()} holds a bounded number of lines for its reader and holds its source back while they wait: the
 * WebSocket is asked for no more messages, no more {@code readLogs} windows are read. Once the reader goes on, every
 * line arrives, once and in order.
 */
class BoundedLinesTest {
    private static final int CAPACITY = 10;
    private static final int WRITTEN = 3_000;
    private static final Duration HELD = Duration.ofMillis(300);

    private FakeDokploy fake;
    private FakeTime time;
    private String app;

    @BeforeEach
    void start() {
        fake = FakeDokploy.start(FakeDokployOptions.builder().manualClock().apiKey(TestClients.API_KEY).build());
        time = new FakeTime(Instant.parse("2026-08-21T15:20:00Z"));
        app = fake.createApplication("web-api");
    }

    @AfterEach
    void stop() {
        time.close();
        fake.close();
    }

    private static List<String> written() {
        return IntStream.range(0, WRITTEN).mapToObj(n -> "line " + n).collect(Collectors.toList());
    }

    /** A build that writes its lines at once and then holds. */
    private ScriptedBuild deployABuildThatWritesAndHolds(DokployClient client) {
        BuildScript script = BuildScript.steps();
        for (String line : written()) {
            script = script.log(line);
        }
        ScriptedBuild build = fake.scriptNextBuild(app, script.awaitRelease().succeed());
        client.procedure("application.deploy").mutation(Map.of("applicationId", app));
        return build.awaitState(BuildState.HELD, Duration.ofSeconds(5));
    }

    private static LogFollows.FollowedLines lines(DokployClient client, Deployment row) {
        LogContext context = ((DefaultAsyncDeployments) client.async().deployments()).lifecycle().logs();
        return LogFollows.lines(context, CompletableFuture.completedFuture(row), CAPACITY);
    }

    private static void readsEveryLineOnceInOrder(Iterator<String> lines, ScriptedBuild build) {
        List<String> read = new ArrayList<>();
        while (read.size() < WRITTEN + 1) {
            read.add(lines.next());
        }
        build.release();
        lines.forEachRemaining(read::add);
        assertThat(read.subList(1, WRITTEN + 1)).isEqualTo(written());
        assertThat(read.get(0)).isEqualTo("Initializing deployment");
    }

    @Test
    void aReaderThatStopsHoldsTheLiveStreamBack() {
        try (DokployClient client = TestClients.inFakeTime(fake.baseUrl(), time).build()) {
            ScriptedBuild build = deployABuildThatWritesAndHolds(client);
            LogFollows.FollowedLines lines = lines(client, client.deployments().all(app).get(0));

            await("the queue to fill").until(() -> lines.follow().linesDelivered() >= CAPACITY);
            await("the stream to stay held back").during(HELD).atMost(HELD.multipliedBy(5))
                    .until(() -> lines.follow().linesDelivered() <= CAPACITY);

            try (var stream = lines.stream()) {
                readsEveryLineOnceInOrder(stream.iterator(), build);
            }
        }
    }

    @Test
    void aReaderThatStopsHoldsThePollingBack() {
        try (LoopbackProxy proxy = new LoopbackProxy(fake.baseUrl());
                DokployClient client = TestClients.inFakeTime(proxy.baseUrl(), time).build()) {
            proxy.refuseWebSockets();
            ScriptedBuild build = deployABuildThatWritesAndHolds(client);
            LogFollows.FollowedLines lines = lines(client, client.deployments().all(app).get(0));

            await("the first window").until(() -> lines.follow().linesDelivered() >= CAPACITY);
            int windows = fake.requestCount("deployment.readLogs");
            await("the polling to stay held back").during(HELD).atMost(HELD.multipliedBy(5))
                    .until(() -> fake.requestCount("deployment.readLogs") == windows
                            && lines.follow().linesDelivered() <= CAPACITY);

            try (var stream = lines.stream()) {
                Iterator<String> iterator = stream.iterator();
                List<String> read = new ArrayList<>();
                while (read.size() < 1000) {
                    read.add(iterator.next());
                }
                build.release();
                iterator.forEachRemaining(read::add);
                // a readLogs window is the file's last 1000 lines, and the follow starts from the first window
                assertThat(read).isEqualTo(written().subList(WRITTEN - 1000, WRITTEN));
            }
            assertThat(proxy.refusedHandshakes()).isEqualTo(1);
        }
    }
}
