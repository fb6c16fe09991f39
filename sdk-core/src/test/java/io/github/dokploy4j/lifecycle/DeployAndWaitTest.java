package io.github.dokploy4j.lifecycle;

import static org.awaitility.Awaitility.await;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.findAll;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.dokploy4j.WireRows.job;
import static io.github.dokploy4j.WireRows.list;
import static io.github.dokploy4j.WireRows.row;
import static io.github.dokploy4j.lifecycle.DeployScenarios.deployQueues;
import static io.github.dokploy4j.lifecycle.DeployScenarios.sentDescription;
import static io.github.dokploy4j.lifecycle.DeployScenarios.sentDescriptions;
import static io.github.dokploy4j.lifecycle.DeployScenarios.sequence;
import static io.github.dokploy4j.lifecycle.DeployScenarios.stubGet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.FakeTime;
import io.github.dokploy4j.TestClients;
import io.github.dokploy4j.deployment.AsyncDeploymentHandle;
import io.github.dokploy4j.deployment.DeployRequest;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.DeploymentEvent;
import io.github.dokploy4j.deployment.DeploymentHandle;
import io.github.dokploy4j.deployment.DeploymentPhase;
import io.github.dokploy4j.deployment.DeploymentStatus;
import io.github.dokploy4j.error.DeploymentFailedException;
import io.github.dokploy4j.error.DeploymentTimeoutException;
import io.github.dokploy4j.error.DokployTransportException;
import io.github.dokploy4j.error.UnauthorizedException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The races of a deploy-and-wait (server-facts §5.4, §12), each as a WireMock scenario in fake time: what the polls
 * show changes from one to the next exactly as it can on a real server.
 */
@WireMockTest
class DeployAndWaitTest {
    private static final String APP = "qH3vT9xK2mLp7RwZ4sNbY";
    private static final Instant T0 = Instant.parse("2026-08-21T15:20:00Z");
    private static final String OLD = row("a7KfP2sW9dJ3hT5qL8nVx", APP, "done", "previous release", "", T0.minusSeconds(
            3600));
    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

    private FakeTime time;
    private DokployClient client;

    @BeforeEach
    void start(WireMockRuntimeInfo wm) {
        time = new FakeTime(T0);
        client = TestClients.inFakeTime(wm.getHttpBaseUrl(), time).build();
        deployQueues();
        stubGet("deployment.all", list(OLD));
        stubGet("deployment.queueList", list()); // read with the rows before each deploy
    }

    @AfterEach
    void stop() {
        client.close();
        time.close();
    }

    private DeploymentHandle deploy() {
        return client.applications().deploy(APP);
    }

    private static String ours(String status, String description, Instant createdAt) {
        return row("Zt8wQk1vR4yN6mB2pXc0L", APP, status, "Manual deployment", description, createdAt);
    }

    @Test
    void aJobThatWaitsInTheQueueIsFollowedToDone() {
        DeploymentHandle handle = deploy();
        String marker = sentDescription();
        Instant taken = T0.plusSeconds(2);
        sequence("deployment.queueList", list(job("job-15", APP, marker, T0, null)),
                list(job("job-15", APP, marker, T0, null)), list(job("job-15", APP, marker, T0, taken)));
        sequence("deployment.all", list(OLD), list(OLD), list(OLD), list(ours("running", marker, taken), OLD),
                list(ours("done", marker, taken), OLD));
        List<DeploymentEvent> events = new CopyOnWriteArrayList<>();
        handle.onPhaseChange(events::add);

        Deployment done = handle.awaitSuccess(TEN_MINUTES);

        assertThat(done.deploymentId()).isEqualTo("Zt8wQk1vR4yN6mB2pXc0L");
        assertThat(done.status()).isEqualTo(DeploymentStatus.DONE);
        assertThat(events).extracting(DeploymentEvent::phase)
                .containsExactly(DeploymentPhase.QUEUED, DeploymentPhase.RUNNING, DeploymentPhase.DONE);
        assertThat(handle.phase()).isEqualTo(DeploymentPhase.DONE);
    }

    @Test
    void theMarkerIsAppendedToTheCallersDescriptionAndTheTitleIsSentAsGiven() {
        client.applications().deploy(DeployRequest.of(APP).withTitle("Release 42").withDescription("from CI"));

        assertThat(sentDescription()).matches("from CI \\[dokploy4j [A-Za-z0-9]{10}]");
        assertThat(findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/api/application.deploy"))).get(0)
                .getBodyAsString()).contains("\"applicationId\":\"" + APP + "\"").contains("\"title\":\"Release 42\"");
    }

    @Test
    void aRowThatAppearsAfterTheJobWasTakenIsMatchedOnTheServersClock() {
        DeploymentHandle handle = deploy();
        Instant taken = T0.plusSeconds(1);
        String renamed = row("Zt8wQk1vR4yN6mB2pXc0L", APP, "done", "fix: handle empty DATABASE_URL (#212)",
                "Commit: 9f1c2ab7e4d0c3b5a8f6e2d1c0b9a8f7e6d5c4b3", taken.plusMillis(19));
        sequence("deployment.queueList", list(job("job-15", APP, sentDescription(), T0, taken)), list());
        sequence("deployment.all", list(OLD), list(renamed, OLD));

        Deployment done = handle.awaitCompletion(TEN_MINUTES);

        assertThat(done.deploymentId()).isEqualTo("Zt8wQk1vR4yN6mB2pXc0L");
        assertThat(done.title()).startsWith("fix:");
    }

    @Test
    void aBuildThatEndedAndWasRenamedBeforeTheFirstPollIsStillFound() {
        DeploymentHandle handle = deploy();
        String renamed = row("Zt8wQk1vR4yN6mB2pXc0L", APP, "done", "feat: dark mode", "Commit: 1111111111111111111111"
                + "111111111111111111", T0.plusMillis(300));
        sequence("deployment.queueList", list());
        sequence("deployment.all", list(renamed, OLD));

        Deployment done = handle.awaitSuccess(TEN_MINUTES);

        assertThat(done.title()).isEqualTo("feat: dark mode");
    }

    @Test
    void theTitleAndDescriptionSwapAtTheEndDoesNotLoseTheDeployment() {
        DeploymentHandle handle = deploy();
        String marker = sentDescription();
        Instant taken = T0.plusMillis(50);
        sequence("deployment.queueList", list());
        sequence("deployment.all", list(ours("running", marker, taken), OLD), list(ours("running", marker, taken), OLD),
                list(row("Zt8wQk1vR4yN6mB2pXc0L", APP, "done", "chore: bump deps", "Commit: 2222222222222222222222222"
                        + "222222222222222", taken), OLD));

        Deployment done = handle.awaitSuccess(TEN_MINUTES);

        assertThat(done.description()).contains("Commit: 2222222222222222222222222222222222222222");
    }

    @Test
    void theStaleDoneOfThePreviousDeployIsNotMistakenForThisOne() {
        DeploymentHandle handle = deploy();
        String marker = sentDescription();
        sequence("deployment.queueList", list(job("job-15", APP, marker, T0, null)), list(job("job-15", APP, marker,
                T0, T0.plusSeconds(3))));
        sequence("deployment.all", list(OLD), list(OLD), list(ours("running", marker, T0.plusSeconds(3)), OLD),
                list(ours("error", marker, T0.plusSeconds(3)), OLD));

        Deployment end = handle.awaitCompletion(TEN_MINUTES);

        assertThat(end.deploymentId()).isEqualTo("Zt8wQk1vR4yN6mB2pXc0L");
        assertThat(end.status()).isEqualTo(DeploymentStatus.ERROR);
    }

    @Test
    void aForeignDeployQueuedAheadIsNotTakenForThisOne() {
        DeploymentHandle handle = deploy();
        String marker = sentDescription();
        Instant foreignTaken = T0.plusSeconds(1);
        Instant ourTaken = T0.plusSeconds(40);
        String foreignJob = job("job-14", APP, "", T0.minusSeconds(1), foreignTaken);
        String foreignRow = row("F0r3ignR0wXXXXXXXXXXX", APP, "running", "Webhook deployment", "", foreignTaken);
        String foreignDone = row("F0r3ignR0wXXXXXXXXXXX", APP, "done", "Webhook deployment", "", foreignTaken);
        sequence("deployment.queueList", list(job("job-15", APP, marker, T0, null), foreignJob),
                list(job("job-15", APP, marker, T0, null), foreignJob),
                list(job("job-15", APP, marker, T0, ourTaken)));
        sequence("deployment.all", list(OLD), list(foreignRow, OLD), list(ours("running", marker, ourTaken),
                foreignDone, OLD), list(ours("done", marker, ourTaken), foreignDone, OLD));

        Deployment done = handle.awaitSuccess(TEN_MINUTES);

        assertThat(done.deploymentId()).isEqualTo("Zt8wQk1vR4yN6mB2pXc0L");
    }

    @Test
    void threeDeploysInARowEachFindTheirOwnDeployment() {
        DeploymentHandle first = deploy();
        DeploymentHandle second = deploy();
        DeploymentHandle third = deploy();
        List<String> markers = sentDescriptions();
        assertThat(markers).doesNotHaveDuplicates().hasSize(3);
        Instant t1 = T0.plusSeconds(1);
        Instant t2 = T0.plusSeconds(20);
        Instant t3 = T0.plusSeconds(40);
        String r1 = row("R1XXXXXXXXXXXXXXXXXXX", APP, "done", "Manual deployment", markers.get(0), t1);
        String r2 = row("R2XXXXXXXXXXXXXXXXXXX", APP, "done", "Manual deployment", markers.get(1), t2);
        String r3 = row("R3XXXXXXXXXXXXXXXXXXX", APP, "done", "Manual deployment", markers.get(2), t3);
        stubGet("deployment.queueList", list());
        stubGet("deployment.all", list(r3, r2, r1, OLD));

        assertThat(third.awaitSuccess(TEN_MINUTES).deploymentId()).isEqualTo("R3XXXXXXXXXXXXXXXXXXX");
        assertThat(first.awaitSuccess(TEN_MINUTES).deploymentId()).isEqualTo("R1XXXXXXXXXXXXXXXXXXX");
        assertThat(second.awaitSuccess(TEN_MINUTES).deploymentId()).isEqualTo("R2XXXXXXXXXXXXXXXXXXX");
    }

    @Test
    void aFailedBuildThrowsWithTheRowAndTheEndOfItsLog() {
        DeploymentHandle handle = deploy();
        String marker = sentDescription();
        sequence("deployment.queueList", list());
        sequence("deployment.all", list(ours("error", marker, T0.plusSeconds(1)), OLD));
        stubGet("deployment.readLogs", "\"Step 4/9 : RUN npm ci\\nnpm ERR! code ELIFECYCLE\\n\"");

        assertThatThrownBy(() -> handle.awaitSuccess(TEN_MINUTES))
                .isInstanceOfSatisfying(DeploymentFailedException.class, e -> {
                    assertThat(e.phase()).isEqualTo(DeploymentPhase.ERROR);
                    assertThat(e.deployment()).hasValueSatisfying(d -> assertThat(d.deploymentId())
                            .isEqualTo("Zt8wQk1vR4yN6mB2pXc0L"));
                    assertThat(e.lastLogLines()).contains("npm ERR! code ELIFECYCLE");
                    assertThat(e.getMessage()).contains("ended error");
                });
        assertThat(handle.awaitCompletion(TEN_MINUTES).status()).isEqualTo(DeploymentStatus.ERROR);
    }

    @Test
    void aJobLostByARestartFailsFastNotAtTheTimeout() {
        DeploymentHandle handle = deploy();
        sequence("deployment.queueList", list(job("job-15", APP, sentDescription(), T0, null)), list());
        sequence("deployment.all", list(OLD));

        assertThatThrownBy(() -> handle.awaitSuccess(TEN_MINUTES))
                .isInstanceOfSatisfying(DeploymentFailedException.class, e -> {
                    assertThat(e.getMessage()).contains("left the queue without producing a deployment");
                    assertThat(e.deployment()).isEmpty();
                });
        assertThat(time.since(T0)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aPlainUnauthorizedMidWaitEndsTheWaitAtOnce() {
        DeploymentHandle handle = deploy();
        String marker = sentDescription();
        sequence("deployment.queueList", list());
        sequence("deployment.all", okJson(list(ours("running", marker, T0), OLD)),
                aResponse().withStatus(401).withBody("{\"message\":\"Unauthorized\"}"));

        assertThatThrownBy(() -> handle.awaitSuccess(TEN_MINUTES)).isInstanceOf(UnauthorizedException.class);
        int seen = findAll(anyRequestedFor(anyUrl())).size();
        assertThat(findAll(getRequestedFor(urlPathEqualTo("/api/deployment.all")))).hasSize(3);
        assertThat(handle.phase()).isEqualTo(DeploymentPhase.RUNNING);
        assertThat(findAll(anyRequestedFor(anyUrl()))).hasSize(seen);
    }

    @Test
    void aTimeoutSaysWhereTheDeploymentWas() {
        DeploymentHandle handle = deploy();
        String marker = sentDescription();
        sequence("deployment.queueList", list(job("job-15", APP, marker, T0, null)));
        sequence("deployment.all", list(OLD));

        assertThatThrownBy(() -> handle.awaitDeployment(Duration.ofSeconds(30)))
                .isInstanceOfSatisfying(DeploymentTimeoutException.class, e -> {
                    assertThat(e.phase()).isEqualTo(DeploymentPhase.QUEUED);
                    assertThat(e.timeout()).isEqualTo(Duration.ofSeconds(30));
                    assertThat(e.getMessage()).contains("within 30000 ms").contains("job job-15 waiting");
                });
        assertThat(time.since(T0)).isBetween(Duration.ofSeconds(30), Duration.ofSeconds(36));
    }

    @Test
    void pollingBacksOffToACapWithJitter() {
        DeploymentHandle handle = deploy();
        String marker = sentDescription();
        sequence("deployment.queueList", list());
        sequence("deployment.all", list(ours("running", marker, T0), OLD));

        assertThatThrownBy(() -> handle.awaitCompletion(Duration.ofMinutes(2)))
                .isInstanceOf(DeploymentTimeoutException.class);

        // WireMock has no log WebSocket: the wait armed while the stream was being opened (the 20 s heartbeat of a
        // silent stream) gives way to plain polling once the handshake is refused, from its first or second step
        // depending on whether the refusal came before or after the next poll
        List<Duration> polling = time.delays().stream().filter(d -> !d.equals(Duration.ofSeconds(20))).toList();
        assertThat(polling.get(0)).isBetween(Duration.ofMillis(450), Duration.ofMillis(825));
        assertThat(polling).allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(Duration.ofMillis(5500)));
        assertThat(polling.subList(10, 20)).allSatisfy(d -> assertThat(d).isGreaterThan(Duration.ofMillis(4400)));
    }

    @Test
    void cancellingTheFutureOfAnAsyncWaitStopsThePolling() throws Exception {
        AsyncDeploymentHandle handle = client.async().applications().deploy(APP).get();
        String marker = sentDescription();
        stubGet("deployment.queueList", list(job("job-15", APP, marker, T0, null)));
        stubGet("deployment.all", list(OLD));
        CompletableFuture<Deployment> wait = handle.awaitCompletion(Duration.ofDays(1));

        wait.cancel(true);
        int afterCancel = findAll(anyRequestedFor(anyUrl())).size();
        for (int i = 0; i < 5; i++) {
            client.deployments().queueList(); // round trips during which a poller that did not stop would go on
        }

        assertThat(wait).isCancelled();
        // at most the poll that was in flight when the wait was withdrawn (two requests) and the start of one more
        assertThat(findAll(anyRequestedFor(anyUrl()))).hasSizeLessThanOrEqualTo(afterCancel + 5 + 4);
    }

    @Test
    void anInterruptedSyncWaitKeepsTheFlagAndStops(WireMockRuntimeInfo wm) throws Exception {
        DeploymentHandle handle = deploy();
        sequence("deployment.queueList", aResponse().withFixedDelay(60_000).withBody("[]"));
        CompletableFuture<Throwable> thrown = new CompletableFuture<>();
        CompletableFuture<Boolean> flag = new CompletableFuture<>();
        Thread waiter = new Thread(() -> {
            try {
                handle.awaitSuccess(TEN_MINUTES);
            } catch (RuntimeException e) {
                thrown.complete(e);
                flag.complete(Thread.currentThread().isInterrupted());
            }
        });
        waiter.start();
        await("the first poll").until(() -> !findAll(getRequestedFor(urlPathEqualTo(
                "/api/deployment.queueList"))).isEmpty());

        waiter.interrupt();

        assertThat(thrown.get()).isInstanceOfSatisfying(DokployTransportException.class,
                e -> assertThat(e.kind()).isEqualTo(DokployTransportException.Kind.INTERRUPTED));
        assertThat(flag.get()).isTrue();
    }

    @Test
    void aQueueOfAShapeTheSdkCannotReadDoesNotStopTheDeployNorTheWait() {
        stubGet("deployment.queueList", "[{\"id\":\"job-15\",\"state\":\"waiting\"}]");
        DeploymentHandle handle = deploy();
        sequence("deployment.all", list(OLD), list(ours("done", sentDescription(), T0.plusSeconds(1)), OLD));

        Deployment done = handle.awaitSuccess(TEN_MINUTES);

        assertThat(done.deploymentId()).isEqualTo("Zt8wQk1vR4yN6mB2pXc0L");
        assertThat(findAll(getRequestedFor(urlPathEqualTo("/api/deployment.queueList"))))
                .as("read once before the deploy; the client then goes on without the queue").hasSize(1);
    }

    @Test
    void aRequestCountOfATwoMinuteDeployStaysSmall() {
        DeploymentHandle handle = deploy();
        String marker = sentDescription();
        Instant taken = T0.plusSeconds(1);
        String[] rows = new String[40];
        java.util.Arrays.fill(rows, list(ours("running", marker, taken), OLD));
        rows[rows.length - 1] = list(ours("done", marker, taken), OLD);
        sequence("deployment.queueList", list(job("job-15", APP, marker, T0, null)));
        sequence("deployment.all", rows);

        handle.awaitSuccess(TEN_MINUTES);

        int requests = findAll(anyRequestedFor(anyUrl())).size();
        assertThat(time.since(T0)).as("fake time of the build").isBetween(Duration.ofSeconds(150),
                Duration.ofSeconds(220));
        assertThat(requests).as("requests of a deploy-and-wait of about 2.5 minutes").isBetween(35, 50);
    }
}
