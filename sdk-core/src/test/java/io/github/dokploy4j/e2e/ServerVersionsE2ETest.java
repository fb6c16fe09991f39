package io.github.dokploy4j.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.TestClients;
import io.github.dokploy4j.deployment.CancelOption;
import io.github.dokploy4j.deployment.CancelOutcome;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.DeploymentHandle;
import io.github.dokploy4j.deployment.DeploymentPhase;
import io.github.dokploy4j.deployment.DeploymentStatus;
import io.github.dokploy4j.deployment.DeploymentWatch;
import io.github.dokploy4j.deployment.LogFollow;
import io.github.dokploy4j.error.DeploymentFailedException;
import io.github.dokploy4j.error.NotFoundException;
import io.github.dokploy4j.internal.call.Await;
import io.github.dokploy4j.logs.LogRecorder;
import io.github.dokploy4j.testkit.BuildScript;
import io.github.dokploy4j.testkit.BuildState;
import io.github.dokploy4j.testkit.DokployVersion;
import io.github.dokploy4j.testkit.FakeDokploy;
import io.github.dokploy4j.testkit.FakeDokployOptions;
import io.github.dokploy4j.testkit.ScriptedBuild;
import io.github.dokploy4j.testkit.ServiceOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The life cycle and log following against the fake playing each Dokploy version the SDK was measured on (issue 18):
 * v0.27.0 (no {@code removeDeployment}, no queue, no {@code allCentralized}, no {@code readLogs}), v0.28.2 (the same
 * but {@code removeDeployment}, which answers 400 for an unknown id), v0.29.5 (the BullMQ queue and {@code readLogs})
 * and v0.30.2. In the fake's time: every wait moves its clock.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS) // a safety net against hangs, not a timing
class ServerVersionsE2ETest {
    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

    private FakeDokploy fake;
    private DokployClient client;

    private String start(String version) {
        fake = FakeDokploy.start(FakeDokployOptions.builder().manualClock().serverVersion(version).build());
        client = TestClients.inFakeTime(fake);
        return fake.createApplication("web-api", ServiceOptions.dockerImage("nginx:1.27"));
    }

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        if (fake != null) {
            fake.close();
        }
    }

    private static boolean before(String version, String feature) {
        return DokployVersion.parse(version).compareTo(DokployVersion.parse(feature)) < 0;
    }

    /** Holds the server's build slot with another application's build, so the next deploy waits in the queue. */
    private void holdTheBuildSlot() {
        String blocker = fake.createApplication("billing", ServiceOptions.dockerImage("nginx:1.27"));
        ScriptedBuild held = fake.scriptNextBuild(blocker, BuildScript.untilReleased());
        client.procedure("application.deploy").mutation(Map.of("applicationId", blocker));
        held.awaitState(BuildState.HELD, Duration.ofSeconds(5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"v0.27.0", "v0.28.2", "v0.29.5", "v0.30.2"})
    void deployAndWaitFindsItsRowAndAsksForAMissingQueueOnce(String version) {
        String app = start(version);
        ScriptedBuild build = fake.scriptNextBuild(app, BuildScript.succeedAfter(Duration.ofMinutes(2)));

        Deployment first = client.applications().deploy(app).awaitSuccess(TEN_MINUTES);
        fake.scriptNextBuild(app, BuildScript.succeedAfter(Duration.ofSeconds(30)));
        Deployment second = client.applications().deploy(app).awaitSuccess(TEN_MINUTES);

        assertThat(first.deploymentId()).isEqualTo(build.deploymentId().orElseThrow());
        assertThat(second.deploymentId()).isNotEqualTo(first.deploymentId());
        assertThat(fake.requestCount("deployment.queueList")).as("the client remembers a server without a queue")
                .isEqualTo(before(version, "v0.28.3") ? 1 : 2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"v0.27.0", "v0.28.2", "v0.29.5", "v0.30.2"})
    void aFailedBuildCarriesItsLastLogLines(String version) {
        String app = start(version);
        fake.scriptNextBuild(app, BuildScript.steps().log("npm ERR! Missing script: \"build\"")
                .pause(Duration.ofSeconds(40)).log("Error ❌").fail());
        DeploymentHandle handle = client.applications().deploy(app);

        DeploymentFailedException failure = catchThrowableOfType(DeploymentFailedException.class,
                () -> handle.awaitSuccess(TEN_MINUTES));

        assertThat(failure.phase()).isEqualTo(DeploymentPhase.ERROR);
        assertThat(failure.lastLogLines()).as("readLogs from v0.29.5 on, what the live stream showed before")
                .contains("npm ERR! Missing script: \"build\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"v0.27.0", "v0.28.2", "v0.29.5", "v0.30.2"})
    void aJobLostToARestartEndsTheWaitWithinAMinute(String version) {
        String app = start(version);
        holdTheBuildSlot();
        DeploymentHandle handle = client.applications().deploy(app);
        fake.restart();
        Instant restarted = fake.clock().now();

        DeploymentFailedException failure = catchThrowableOfType(DeploymentFailedException.class,
                () -> handle.awaitCompletion(TEN_MINUTES));

        assertThat(failure.phase()).isEqualTo(DeploymentPhase.QUEUED);
        assertThat(failure.deployment()).isEmpty();
        assertThat(failure).hasMessageContaining(before(version, "v0.28.3") ? "nothing was building" : "left the queue");
        assertThat(Duration.between(restarted, fake.clock().now())).isLessThan(Duration.ofMinutes(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"v0.27.0", "v0.28.2", "v0.29.5", "v0.30.2"})
    void aJobDroppedByTheHandlesOwnCancelEndsCancelledAtOnce(String version) {
        String app = start(version);
        holdTheBuildSlot();
        DeploymentHandle handle = client.applications().deploy(app);
        Instant cancelled = fake.clock().now();

        CancelOutcome outcome = handle.cancel(CancelOption.DROP_ALL_WAITING_JOBS_OF_SERVICE);
        DeploymentFailedException failure = catchThrowableOfType(DeploymentFailedException.class,
                () -> handle.awaitCompletion(TEN_MINUTES));

        assertThat(outcome).isEqualTo(CancelOutcome.DROPPED_FROM_QUEUE);
        assertThat(handle.phase()).isEqualTo(DeploymentPhase.CANCELLED);
        assertThat(failure.phase()).isEqualTo(DeploymentPhase.CANCELLED);
        assertThat(Duration.between(cancelled, fake.clock().now())).isLessThan(Duration.ofSeconds(2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"v0.27.0", "v0.28.2", "v0.29.5", "v0.30.2"})
    void aLogIsFollowedByItsRowOnEveryVersionAndByItsIdFromV0283(String version) {
        String app = start(version);
        fake.scriptNextBuild(app, BuildScript.steps().log("compiling").log("done compiling").succeed());
        client.procedure("application.deploy").mutation(Map.of("applicationId", app));
        Deployment row = client.deployments().all(app).get(0);
        LogRecorder recorder = new LogRecorder();

        Deployment end = client.deployments().follow(row, recorder).awaitCompletion(TEN_MINUTES);
        LogFollow byId = client.deployments().follow(row.deploymentId(), new LogRecorder());

        assertThat(end.status()).isEqualTo(DeploymentStatus.DONE);
        assertThat(recorder.lines).containsExactly("Initializing deployment", "compiling", "done compiling");
        if (before(version, "v0.28.3")) {
            assertThat(catchThrowableOfType(NotFoundException.class, () -> byId.awaitCompletion(TEN_MINUTES)))
                    .hasMessageContaining("pass its Deployment row");
        } else {
            assertThat(byId.awaitCompletion(TEN_MINUTES).deploymentId()).isEqualTo(row.deploymentId());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"v0.27.0", "v0.28.2", "v0.29.5", "v0.30.2"})
    void removingAnUnknownDeploymentIsNotFoundOnEveryVersion(String version) {
        start(version);

        NotFoundException error = catchThrowableOfType(NotFoundException.class,
                () -> client.deployments().removeDeployment("doesNotExist123"));

        assertThat(error.isUnknownProcedure()).as("v0.27.0 has no removeDeployment")
                .isEqualTo(before(version, "v0.27.1"));
        assertThat(client.async().deployments().removeDeployment("doesNotExist123"))
                .failsWithin(Duration.ofSeconds(10)).withThrowableOfType(ExecutionException.class)
                .withCauseInstanceOf(NotFoundException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"v0.27.0", "v0.28.2", "v0.29.5", "v0.30.2"})
    void theWatchRunsFromV0283AndSaysWhyItCannotBefore(String version) {
        start(version);

        try (DeploymentWatch watch = client.deployments().watch(Duration.ofSeconds(10), event -> { })) {
            if (before(version, "v0.28.3")) {
                await("the watch to stop").until(() -> !watch.isRunning());
                assertThat(watch.failure()).hasValueSatisfying(e -> assertThat(e)
                        .hasMessageContaining("deployment.allCentralized exists since Dokploy v0.28.3"));
            } else {
                await("the baseline poll").until(() -> fake.requestCount("deployment.allCentralized") >= 1);
                assertThat(watch.isRunning()).isTrue();
            }
        }
    }

    @org.junit.jupiter.api.Test
    void theClientRemembersForItsLifetimeThatAProcedureIsAbsentButKnowsItByMethod() {
        String app = start("v0.27.0");
        fake.scriptNextBuild(app, BuildScript.steps().log("a").succeed());
        client.procedure("application.deploy").mutation(Map.of("applicationId", app));
        String id = client.deployments().all(app).get(0).deploymentId();

        NotFoundException first = catchThrowableOfType(NotFoundException.class,
                () -> client.deployments().readLogs(id));
        NotFoundException again = catchThrowableOfType(NotFoundException.class,
                () -> Await.result(client.async().deployments().readLogs(id, 5)));
        NotFoundException wrongMethod = catchThrowableOfType(NotFoundException.class,
                () -> client.procedure("deployment.all").mutation(Map.of("applicationId", app)));

        assertThat(first.isUnknownProcedure()).isTrue();
        assertThat(first).hasMessageContaining("deployment.readLogs exists since Dokploy v0.29.5");
        assertThat(again).hasMessageContaining("remembered");
        assertThat(fake.requestCount("deployment.readLogs")).isEqualTo(1);
        assertThat(wrongMethod.isUnknownProcedure()).as("a query sent as POST gets the same bare 404").isTrue();
        assertThat(client.deployments().all(app)).as("the query itself is not forgotten").hasSize(1);
        assertThat(catchThrowableOfType(NotFoundException.class, () -> client.deployments().readLogs(id)))
                .hasMessageContaining("remembered");
    }
}
