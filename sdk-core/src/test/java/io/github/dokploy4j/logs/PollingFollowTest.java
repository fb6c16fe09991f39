package io.github.dokploy4j.logs;

import static com.github.tomakehurst.wiremock.client.WireMock.findAll;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.dokploy4j.WireRows.list;
import static io.github.dokploy4j.WireRows.row;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.FakeTime;
import io.github.dokploy4j.TestClients;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.DeploymentStatus;
import io.github.dokploy4j.deployment.LogFollow;
import io.github.dokploy4j.deployment.LogFollowMode;
import io.github.dokploy4j.internal.json.DokployObjectMapper;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Polling {@code readLogs} windows (the last 1000 lines each round, no line numbers) against WireMock, in fake time:
 * each answer sequence is what a growing log file gives {@code tail -n 1000}.
 */
@WireMockTest
class PollingFollowTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String APP = "qH3vT9xK2mLp7RwZ4sNbY";
    private static final String ID = "Zt8wQk1vR4yN6mB2pXc0L";
    private static final Instant T0 = Instant.parse("2026-08-21T15:20:04.131Z");
    private static final Duration BOUND = Duration.ofSeconds(20);

    private FakeTime time;
    private DokployClient client;

    @BeforeEach
    void start(WireMockRuntimeInfo wm) {
        time = new FakeTime(T0);
        client = TestClients.inFakeTime(wm.getHttpBaseUrl(), time).build();
    }

    @AfterEach
    void stop() {
        client.close();
        time.close();
    }

    private static String status(String status) {
        return list(row(ID, APP, status, "Manual deployment", "", T0));
    }

    private static Deployment running() {
        try {
            return DokployObjectMapper.create().readValue(row(ID, APP, "running",
                    "Manual deployment", "", T0), Deployment.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines {@code from} to {@code to} (exclusive) of a log whose line n is "line n", as tail gives them. */
    private static String lines(int from, int to) {
        return IntStream.range(from, to).mapToObj(n -> "line " + n + "\n").collect(Collectors.joining());
    }

    private static List<String> expected(int from, int to) {
        return IntStream.range(from, to).mapToObj(n -> "line " + n).collect(Collectors.toList());
    }

    /** Each GET of the procedure gets the next body; the last one repeats. */
    private static void sequence(String procedure, String... bodies) {
        String scenario = procedure + "-" + UUID.randomUUID();
        for (int i = 0; i < bodies.length; i++) {
            ScenarioMappingBuilder stub = get(urlPathEqualTo("/api/" + procedure)).inScenario(scenario)
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "poll-" + i);
            if (i < bodies.length - 1) {
                stub = stub.willSetStateTo("poll-" + (i + 1));
            }
            stubFor(stub.willReturn(okJson(bodies[i])));
        }
    }

    private static String text(String log) {
        try {
            return JSON.writeValueAsString(log);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private LogFollow poll(LogRecorder recorder) {
        return client.deployments().follow(running(), LogFollowMode.POLLING, recorder);
    }

    @Test
    void overlappingWindowsDeliverEachLineOnce() {
        sequence("deployment.all", status("running"), status("running"), status("running"), status("done"));
        sequence("deployment.readLogs", text("\n"), text(lines(0, 600)), text(lines(400, 1400)),
                text(lines(500, 1500)));
        LogRecorder recorder = new LogRecorder();

        Deployment end = poll(recorder).awaitCompletion(BOUND);

        assertThat(end.status()).isEqualTo(DeploymentStatus.DONE);
        assertThat(recorder.linesAndGaps).isEqualTo(expected(0, 1500));
        assertThat(findAll(getRequestedFor(urlPathEqualTo("/api/deployment.readLogs"))))
                .allSatisfy(r -> assertThat(r.queryParameter("tail").firstValue()).isEqualTo("1000"));
    }

    @Test
    void moreLinesThanAWindowBetweenTwoPollsAreReportedAsAGap() {
        sequence("deployment.all", status("running"), status("done"));
        sequence("deployment.readLogs", text(lines(0, 100)), text(lines(2000, 3000)));
        LogRecorder recorder = new LogRecorder();

        poll(recorder).awaitCompletion(BOUND);

        List<String> seen = new ArrayList<>(expected(0, 100));
        seen.add("GAP");
        seen.addAll(expected(2000, 3000));
        assertThat(recorder.linesAndGaps).isEqualTo(seen);
    }

    @Test
    void theAnswerForAMissingLogFileIsNotALine() {
        sequence("deployment.all", status("running"), status("error"));
        sequence("deployment.readLogs", text("\n"), text("\n"));
        LogRecorder recorder = new LogRecorder();

        Deployment end = poll(recorder).awaitCompletion(BOUND);

        assertThat(end.status()).isEqualTo(DeploymentStatus.ERROR);
        assertThat(recorder.lines).isEmpty();
        assertThat(recorder.ends).containsExactly(end);
    }

    @Test
    void aLineStillBeingWrittenWaitsForItsLineBreakAndTheLastOneCountsAtTheEnd() {
        sequence("deployment.all", status("running"), status("running"), status("done"));
        sequence("deployment.readLogs", text("a\r\nhal"), text("a\r\nhalf\nlast without break"),
                text("a\r\nhalf\nlast without break"));
        LogRecorder recorder = new LogRecorder();

        poll(recorder).awaitCompletion(BOUND);

        assertThat(recorder.lines).containsExactly("a", "half", "last without break");
    }

    @Test
    void eachRoundCostsTwoRequestsAndBacksOffWhileTheLogIsQuiet() {
        sequence("deployment.all", status("running"), status("running"), status("running"), status("running"),
                status("running"), status("done"));
        sequence("deployment.readLogs", text(lines(0, 3)));
        LogRecorder recorder = new LogRecorder();

        poll(recorder).awaitCompletion(BOUND);

        assertThat(findAll(getRequestedFor(urlPathEqualTo("/api/deployment.all")))).hasSize(6);
        assertThat(findAll(getRequestedFor(urlPathEqualTo("/api/deployment.readLogs")))).hasSize(6);
        assertThat(time.delays()).hasSize(5);
        for (int i = 1; i < time.delays().size(); i++) {
            assertThat(time.delays().get(i)).isGreaterThan(time.delays().get(i - 1));
        }
        assertThat(recorder.lines).isEqualTo(expected(0, 3));
    }
}
