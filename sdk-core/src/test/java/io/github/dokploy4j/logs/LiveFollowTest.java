package io.github.dokploy4j.logs;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.FakeTime;
import io.github.dokploy4j.LoopbackProxy;
import io.github.dokploy4j.TestClients;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.DeploymentHandle;
import io.github.dokploy4j.deployment.DeploymentStatus;
import io.github.dokploy4j.deployment.LogFollow;
import io.github.dokploy4j.deployment.LogFollowMode;
import io.github.dokploy4j.error.DokployTransportException;
import io.github.dokploy4j.error.NotFoundException;
import io.github.dokploy4j.error.UnauthorizedException;
import io.github.dokploy4j.testkit.BuildScript;
import io.github.dokploy4j.testkit.FakeDokploy;
import io.github.dokploy4j.testkit.FakeDokployOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Following logs end to end against the testkit's fake Dokploy and its {@code /listen-deployment} WebSocket, whose
 * frames are cut mid-line on purpose. The fake's builds move only when its manual clock is advanced; the SDK's polls
 * run in fake time.
 */
class LiveFollowTest {
    private static final Duration BOUND = Duration.ofSeconds(20);
    private static final List<String> BUILD = List.of("Initializing deployment", "Step 1/3 : FROM eclipse-temurin:17",
            "Step 2/3 : COPY target/app.jar /app.jar", "Step 3/3 : ENTRYPOINT [\"java\", \"-jar\", \"/app.jar\"]",
            "Docker Deployed: ✅");

    private FakeDokploy fake;
    private FakeTime time;
    private DokployClient client;
    private String app;

    @BeforeEach
    void start() {
        fake = FakeDokploy.start(FakeDokployOptions.builder().manualClock().apiKey(TestClients.API_KEY).build());
        time = new FakeTime(Instant.parse("2026-08-21T15:20:00Z"));
        client = TestClients.inFakeTime(fake.baseUrl(), time).build();
        app = fake.createApplication("web-api");
    }

    @AfterEach
    void stop() {
        client.close();
        time.close();
        fake.close();
    }

    /** Scripts a build that writes one line a second for three seconds, then succeeds, and deploys it. */
    private Deployment deployBuildOfThreeSeconds() {
        fake.scriptNextBuild(app, BuildScript.steps().log(BUILD.get(1)).pause(Duration.ofSeconds(1))
                .log(BUILD.get(2)).pause(Duration.ofSeconds(1)).log(BUILD.get(3)).pause(Duration.ofSeconds(1))
                .log(BUILD.get(4)).succeed());
        client.procedure("application.deploy").mutation(Map.of("applicationId", app));
        return client.deployments().all(app).get(0);
    }

    private void advanceAndSee(LogRecorder recorder, int lines) {
        fake.clock().advance(Duration.ofSeconds(1));
        await(lines + " lines").until(() -> recorder.lines.size() >= lines);
    }

    private int handshakes() {
        return (int) fake.requests().stream().filter(r -> r.path().startsWith("/listen-deployment")).count();
    }

    @Test
    void aLiveFollowDeliversEachLineAsTheBuildWritesItAndEndsWithTheBuild() {
        Deployment running = deployBuildOfThreeSeconds();
        LogRecorder recorder = new LogRecorder();

        LogFollow follow = client.deployments().follow(running, LogFollowMode.LIVE, recorder);
        await("the lines written so far").until(() -> recorder.lines.size() >= 2);
        assertThat(recorder.lines).containsExactly(BUILD.get(0), BUILD.get(1));
        advanceAndSee(recorder, 3);
        advanceAndSee(recorder, 4);
        fake.clock().advance(Duration.ofSeconds(1));
        Deployment end = follow.awaitCompletion(BOUND);

        assertThat(end.status()).isEqualTo(DeploymentStatus.DONE);
        assertThat(recorder.lines).isEqualTo(BUILD);
        assertThat(recorder.ends).containsExactly(end);
        assertThat(recorder.errors).isEmpty();
        assertThat(follow.mode()).isEqualTo(LogFollowMode.LIVE);
        assertThat(follow.linesDelivered()).isEqualTo(BUILD.size());
        assertThat(fake.requests()).filteredOn(r -> r.path().startsWith("/listen-deployment"))
                .singleElement().satisfies(r -> assertThat(r.headers()).containsEntry("x-api-key",
                        List.of(TestClients.API_KEY)));
        assertThat(fake.requestCount("deployment.allByType")).isZero();
    }

    @Test
    void aFinishedDeploymentIsDeliveredWholeAndEndsAtOnce() {
        fake.scriptNextBuild(app, BuildScript.steps().log("a").log("b").fail());
        client.procedure("application.deploy").mutation(Map.of("applicationId", app));
        Deployment failed = client.deployments().all(app).get(0);
        LogRecorder recorder = new LogRecorder();

        Deployment end = client.deployments().follow(failed, recorder).awaitCompletion(BOUND);

        assertThat(end.status()).isEqualTo(DeploymentStatus.ERROR);
        assertThat(recorder.lines).containsExactly("Initializing deployment", "a", "b");
    }

    @Test
    void aRefusedKeyIsReportedAsAnAuthenticationFailure() {
        Deployment running = deployBuildOfThreeSeconds();
        // allCentralized embeds the application and its server, so no application.one call comes before the socket
        Deployment withRelations = client.deployments().allCentralized().get(0);
        LogRecorder recorder = new LogRecorder();
        try (DokployClient wrongKey = TestClients.inFakeTime(fake.baseUrl(), time).apiKey("dk_wrong").build()) {

            LogFollow follow = wrongKey.deployments().follow(withRelations, LogFollowMode.LIVE, recorder);

            assertThatThrownBy(() -> follow.awaitCompletion(BOUND)).isInstanceOfSatisfying(
                    UnauthorizedException.class, e -> assertThat(e.isAuthenticationFailure()).isTrue());
        }
        assertThat(running.deploymentId()).isEqualTo(withRelations.deploymentId());
        assertThat(recorder.lines).isEmpty();
        assertThat(recorder.errors).last().isInstanceOf(UnauthorizedException.class);
        assertThat(handshakes()).isEqualTo(1);
    }

    @Test
    void aMissingLogFileIsAnErrorNotALineAndFailsALiveFollow() {
        String elsewhere = fake.createServer("hetzner-fsn1");
        Deployment running = deployBuildOfThreeSeconds();
        // the stream is asked for on a server that does not hold the file: tail error, then a bare close
        Deployment onOtherServer = Deployment.builder().from(running).buildServerId(elsewhere).build();
        LogRecorder recorder = new LogRecorder();

        LogFollow follow = client.deployments().follow(onOtherServer, LogFollowMode.LIVE, recorder);

        assertThatThrownBy(() -> follow.awaitCompletion(BOUND)).hasMessageContaining("tail error");
        assertThat(recorder.lines).isEmpty();
        assertThat(recorder.errors).first().satisfies(e -> assertThat(e.getMessage())
                .startsWith("the log stream reported: tail error: tail: cannot open"));
    }

    @Test
    void autoFallsBackToPollingWhenTheStreamEndsBareAndStillDeliversEveryLine() {
        String elsewhere = fake.createServer("hetzner-fsn1");
        Deployment running = deployBuildOfThreeSeconds();
        Deployment onOtherServer = Deployment.builder().from(running).buildServerId(elsewhere).build();
        LogRecorder recorder = new LogRecorder();

        LogFollow follow = client.deployments().follow(onOtherServer, LogFollowMode.AUTO, recorder);
        await("the fall back").until(() -> follow.mode() == LogFollowMode.POLLING);
        fake.clock().advance(Duration.ofSeconds(4));
        Deployment end = follow.awaitCompletion(BOUND);

        assertThat(end.status()).isEqualTo(DeploymentStatus.DONE);
        assertThat(recorder.lines).isEqualTo(BUILD);
        assertThat(recorder.errors).extracting(Throwable::getMessage).last().asString()
                .startsWith("falling back to polling readLogs");
    }

    @Test
    void autoFallsBackToPollingWhenAProxyRefusesTheWebSocket() {
        try (LoopbackProxy proxy = new LoopbackProxy(fake.baseUrl());
                DokployClient proxied = TestClients.inFakeTime(proxy.baseUrl(), time).build()) {
            proxy.refuseWebSockets();
            Deployment running = deployBuildOfThreeSeconds();
            LogRecorder recorder = new LogRecorder();

            LogFollow follow = proxied.deployments().follow(running, recorder);
            await("the fall back").until(() -> follow.mode() == LogFollowMode.POLLING);
            fake.clock().advance(Duration.ofSeconds(4));

            assertThat(follow.awaitCompletion(BOUND).status()).isEqualTo(DeploymentStatus.DONE);
            assertThat(recorder.lines).isEqualTo(BUILD);
            assertThat(recorder.errors).singleElement().satisfies(e -> assertThat(e.getMessage())
                    .contains("HTTP 404"));
            assertThat(handshakes()).isZero();
        }
    }

    @Test
    void aDroppedStreamIsReopenedWithoutLosingOrRepeatingALine() {
        try (LoopbackProxy proxy = new LoopbackProxy(fake.baseUrl());
                DokployClient proxied = TestClients.inFakeTime(proxy.baseUrl(), time).build()) {
            Deployment running = deployBuildOfThreeSeconds();
            LogRecorder recorder = new LogRecorder();
            LogFollow follow = proxied.deployments().follow(running, LogFollowMode.LIVE, recorder);
            await("the first lines").until(() -> recorder.lines.size() >= 2);

            proxy.dropConnections();
            await("the stream reopened").until(() -> handshakes() >= 2);
            advanceAndSee(recorder, 3);
            fake.clock().advance(Duration.ofSeconds(2));
            Deployment end = follow.awaitCompletion(BOUND);

            assertThat(end.status()).isEqualTo(DeploymentStatus.DONE);
            assertThat(recorder.lines).isEqualTo(BUILD);
            assertThat(recorder.errors).isNotEmpty().allSatisfy(e -> assertThat(e)
                    .isInstanceOfSatisfying(DokployTransportException.class, t -> assertThat(t.kind())
                            .isEqualTo(DokployTransportException.Kind.CONNECTION_LOST)));
        }
    }

    @Test
    void aHandleFollowsItsDeploymentFromTheQueueToTheEnd() {
        fake.scriptNextBuild(app, BuildScript.steps().log("one").pause(Duration.ofSeconds(1)).log("two").succeed());
        DeploymentHandle handle = client.applications().deploy(app);
        LogRecorder recorder = new LogRecorder();

        try (LogFollow follow = handle.follow(recorder)) {
            await("the first lines").until(() -> recorder.lines.size() >= 2);
            fake.clock().advance(Duration.ofSeconds(1));
            Deployment end = follow.awaitCompletion(BOUND);

            assertThat(end.deploymentId()).isEqualTo(handle.awaitCompletion(BOUND).deploymentId());
        }
        assertThat(recorder.lines).containsExactly("Initializing deployment", "one", "two");
    }

    @Test
    void linesStreamsTheLogOfADeploymentKnownByItsId() {
        fake.scriptNextBuild(app, BuildScript.steps().log("compiling").log("done compiling").succeed());
        client.procedure("application.deploy").mutation(Map.of("applicationId", app));
        String id = client.deployments().all(app).get(0).deploymentId();

        try (Stream<String> lines = client.deployments().lines(id)) {
            assertThat(lines.collect(Collectors.toList()))
                    .containsExactly("Initializing deployment", "compiling", "done compiling");
        }
    }

    @Test
    void anUnknownDeploymentIdFailsWithTheServersNotFound() {
        LogFollow follow = client.deployments().follow("doesNotExist123456789", new LogRecorder());

        assertThatThrownBy(() -> follow.awaitCompletion(BOUND)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("Deployment not found");
    }

    @Test
    void closingAFollowStopsItAndCancelsItsCompletion() {
        Deployment running = deployBuildOfThreeSeconds();
        LogRecorder recorder = new LogRecorder();
        LogFollow follow = client.deployments().follow(running, LogFollowMode.LIVE, recorder);
        await("the first lines").until(() -> recorder.lines.size() >= 2);

        follow.close();
        fake.clock().advance(Duration.ofSeconds(4));

        assertThat(follow.async().completion()).isCancelled();
        assertThat(recorder.ends).isEmpty();
    }
}
