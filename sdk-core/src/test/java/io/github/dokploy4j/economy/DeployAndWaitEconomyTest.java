package io.github.dokploy4j.economy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dokploy4j.CountingExecutor;
import io.github.dokploy4j.CountingHttpClient;
import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.EventTime;
import io.github.dokploy4j.LoopbackProxy;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.DeploymentStatus;
import io.github.dokploy4j.testkit.FakeDokploy;
import io.github.dokploy4j.testkit.FakeDokployOptions;
import io.github.dokploy4j.testkit.ServiceOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.Timeout;

/**
 * What a two-minute deploy-and-wait costs the server and how late it notices the end, measured against the fake in
 * event time ({@link EventTime}): every request the fake saw from the listing before the deploy to the last poll (a
 * WebSocket handshake counts as one; one a proxy refused counts too), and the fake time from the row turning terminal
 * ({@code finishedAt}) to {@code awaitCompletion} returning. The README's table comes from this test's output.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS) // a safety net against hangs, not a timing
class DeployAndWaitEconomyTest {
    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

    record Run(BuildShape shape, int requests, Duration lag, Map<String, Long> byProcedure) {
        @Override
        public String toString() {
            return shape + ": " + requests + " requests, end noticed " + lag.toMillis() + " ms late " + byProcedure;
        }
    }

    private static FakeDokploy fake;

    @BeforeAll
    static void startTheFake() {
        fake = FakeDokploy.start(FakeDokployOptions.builder().manualClock().build());
    }

    @AfterAll
    static void stopTheFake() {
        fake.close();
    }

    /** One deploy-and-wait by a new client (which knows nothing of the server yet) of a new application. */
    private static Run measure(BuildShape shape, boolean webSocketRefused) {
        try (CountingExecutor executor = new CountingExecutor("client");
                LoopbackProxy proxy = new LoopbackProxy(fake.baseUrl())) {
            if (webSocketRefused) {
                proxy.refuseWebSockets();
            }
            String app = fake.createApplication("web-api-" + shape.name().toLowerCase(java.util.Locale.ROOT)
                    + (webSocketRefused ? "-polled" : ""), ServiceOptions.dockerImage("nginx:1.27"));
            EventTime time = new EventTime(fake.clock(), executor);
            // a WebSocket handshake counts as the client's work: the simulation waits for it as a real server's client
            // would (a handshake takes a round trip, not fake seconds)
            try (DokployClient client = DokployClient.builder().baseUrl(proxy.baseUrl()).apiKey(fake.apiKey())
                    .httpClient(new CountingHttpClient(executor)).executor(executor).time(time.clock(), time)
                    .build()) {
                fake.scriptNextBuild(app, shape.script());
                fake.clearRequests();
                Instant start = fake.clock().now();
                time.stopAt(shape.moments(start));
                AtomicReference<Instant> noticed = new AtomicReference<>();
                CompletableFuture<Deployment> end = client.async().applications().deploy(app)
                        .thenCompose(handle -> handle.awaitCompletion(TEN_MINUTES))
                        .whenComplete((row, error) -> noticed.set(fake.clock().now()));

                time.runUntil(end, TEN_MINUTES);

                Deployment row = end.join();
                assertThat(row.status()).isEqualTo(shape.succeeds() ? DeploymentStatus.DONE : DeploymentStatus.ERROR);
                Map<String, Long> byProcedure = fake.requests().stream().collect(Collectors.groupingBy(
                        r -> r.procedure().orElse(r.path()), TreeMap::new, Collectors.counting()));
                if (proxy.refusedHandshakes() > 0) {
                    byProcedure.put("/listen-deployment (refused by the proxy)", (long) proxy.refusedHandshakes());
                }
                int requests = fake.requests().size() + proxy.refusedHandshakes();
                return new Run(shape, requests, Duration.between(row.finishedAt().orElseThrow(), noticed.get()),
                        byProcedure);
            }
        }
    }

    private static List<Run> measureAll(boolean webSocketRefused, TestReporter report) {
        List<Run> runs = new ArrayList<>();
        for (BuildShape shape : BuildShape.values()) {
            Run run = measure(shape, webSocketRefused);
            report.publishEntry((webSocketRefused ? "polling " : "live ") + shape, run.toString());
            System.out.println((webSocketRefused ? "polling " : "live ") + run);
            runs.add(run);
        }
        return runs;
    }

    private static Duration median(List<Duration> values) {
        List<Duration> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    @Test
    void aTwoMinuteDeployAndWaitCostsAtMostTwentyRequestsAndNoticesTheEndWithinSeconds(TestReporter report) {
        List<Run> runs = measureAll(false, report);

        List<Run> closing = runs.stream().filter(r -> r.shape() != BuildShape.FAILING_WITHOUT_CLOSING_LINE).toList();
        assertThat(runs).allSatisfy(run -> assertThat(run.requests()).as(run.toString()).isLessThanOrEqualTo(20));
        assertThat(closing).allSatisfy(run -> assertThat(run.lag()).as(run.toString())
                .isLessThanOrEqualTo(Duration.ofSeconds(5)));
        assertThat(median(closing.stream().map(Run::lag).toList())).isLessThanOrEqualTo(Duration.ofSeconds(2));
        assertThat(runs).allSatisfy(run -> assertThat(run.byProcedure()).as(run.toString())
                .containsEntry("application.deploy", 1L).containsEntry("/listen-deployment", 1L)
                .doesNotContainKey("deployment.allByType"));
        Run withoutClosingLine = runs.get(BuildShape.FAILING_WITHOUT_CLOSING_LINE.ordinal());
        assertThat(withoutClosingLine.lag()).as(withoutClosingLine.toString())
                .isLessThanOrEqualTo(Duration.ofSeconds(22));
    }

    @Test
    void whereAProxyRefusesTheWebSocketItPollsAndStillNoticesTheEndWithinFiveSeconds(TestReporter report) {
        List<Run> runs = measureAll(true, report);

        assertThat(runs).allSatisfy(run -> {
            assertThat(run.lag()).as(run.toString()).isLessThanOrEqualTo(Duration.ofMillis(5_500));
            assertThat(run.requests()).as(run.toString()).isLessThanOrEqualTo(40);
            assertThat(run.byProcedure()).as(run.toString()).doesNotContainKey("/listen-deployment");
        });
    }
}
