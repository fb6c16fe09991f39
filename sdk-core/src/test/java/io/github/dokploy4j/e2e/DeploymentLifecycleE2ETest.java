package io.github.dokploy4j.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.TestClients;
import io.github.dokploy4j.deployment.AsyncDeploymentHandle;
import io.github.dokploy4j.deployment.DeployRequest;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.DeploymentEvent;
import io.github.dokploy4j.deployment.DeploymentHandle;
import io.github.dokploy4j.deployment.DeploymentPhase;
import io.github.dokploy4j.deployment.DeploymentStatus;
import io.github.dokploy4j.deployment.ServiceType;
import io.github.dokploy4j.error.DeploymentFailedException;
import io.github.dokploy4j.error.DeploymentTimeoutException;
import io.github.dokploy4j.internal.call.Await;
import io.github.dokploy4j.testkit.BuildScript;
import io.github.dokploy4j.testkit.FakeDokploy;
import io.github.dokploy4j.testkit.ScriptedBuild;
import io.github.dokploy4j.testkit.ServiceOptions;
import io.github.dokploy4j.testkit.WithFakeDokploy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A deploy followed to its end against the fake Dokploy, in the fake's time: the handle finds its own deployment
 * row, waits for it, and reports how it ended. Every wait here spans minutes of the fake's clock and no real time.
 */
@WithFakeDokploy(manualClock = true)
@Timeout(value = 60, unit = TimeUnit.SECONDS) // a safety net against hangs, not a timing
class DeploymentLifecycleE2ETest {
    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);
    private static final String SHA = "9f1c2ab7e4d0c3b5a8f6e2d1c0b9a8f7e6d5c4b3";

    private FakeDokploy fake;
    private DokployClient client;

    @BeforeEach
    void connect(FakeDokploy fake) {
        this.fake = fake;
        this.client = TestClients.inFakeTime(fake);
    }

    @AfterEach
    void disconnect() {
        client.close();
    }

    private String dockerApplication(String name) {
        return fake.createApplication(name, ServiceOptions.dockerImage("nginx:1.27"));
    }

    private String gitApplication(String name) {
        return fake.createApplication(name, ServiceOptions.git("fix: handle empty DATABASE_URL (#212)", SHA));
    }

    @ParameterizedTest
    @EnumSource(HandleMode.class)
    void deployReturnsTheDoneRowWithTheTitleAndDescriptionAsSent(HandleMode mode) {
        String app = dockerApplication("web-api");
        ScriptedBuild build = fake.scriptNextBuild(app, BuildScript.succeedAfter(Duration.ofMinutes(2)));

        DeploymentHandle handle = mode.deploy(client, DeployRequest.of(app).withTitle("Release 42")
                .withDescription("from CI"));
        Deployment done = mode.awaitSuccess(handle, TEN_MINUTES);

        assertThat(done.deploymentId()).isEqualTo(build.deploymentId().orElseThrow());
        assertThat(done.status()).isEqualTo(DeploymentStatus.DONE);
        assertThat(done.applicationId()).contains(app);
        assertThat(done.title()).isEqualTo("Release 42");
        assertThat(done.description()).hasValueSatisfying(d -> assertThat(d).startsWith("from CI"));
        assertThat(done.finishedAt()).isPresent();
        assertThat(handle.phase()).isEqualTo(DeploymentPhase.DONE);
        assertThat(handle.serviceType()).isEqualTo(ServiceType.APPLICATION);
        assertThat(handle.serviceId()).isEqualTo(app);
    }

    @ParameterizedTest
    @EnumSource(HandleMode.class)
    void gitSourcedDeploymentEndsWithTheCommitAndTheHandleStillHoldsIt(HandleMode mode) {
        String app = gitApplication("web-api");
        fake.scriptNextBuild(app, BuildScript.succeedAfter(Duration.ofMinutes(2)));

        DeploymentHandle handle = mode.deploy(client, DeployRequest.of(app).withTitle("Release 43"));
        Deployment done = mode.awaitSuccess(handle, TEN_MINUTES);
        fake.clock().advance(Duration.ofSeconds(1)); // the commit swap lands 0.1–0.6 s after the end

        Deployment renamed = client.deployments().all(app).get(0);
        assertThat(renamed.deploymentId()).isEqualTo(done.deploymentId());
        assertThat(renamed.title()).isEqualTo("fix: handle empty DATABASE_URL (#212)");
        assertThat(renamed.description()).contains("Commit: " + SHA);
        assertThat(handle.deployment()).hasValueSatisfying(
                row -> assertThat(row.deploymentId()).isEqualTo(done.deploymentId()));
        assertThat(mode.awaitCompletion(handle, Duration.ofMinutes(1)).deploymentId())
                .isEqualTo(done.deploymentId());
    }

    @ParameterizedTest
    @EnumSource(HandleMode.class)
    void buildThatEndedAndWasRenamedBeforeTheFirstPollIsStillFound(HandleMode mode) {
        String app = gitApplication("web-api");
        ScriptedBuild build = fake.scriptNextBuild(app, BuildScript.steps().log("cached").succeed());

        DeploymentHandle handle = mode.deploy(client, app);
        fake.clock().advance(Duration.ofSeconds(1));
        Deployment done = mode.awaitSuccess(handle, TEN_MINUTES);

        assertThat(done.deploymentId()).isEqualTo(build.deploymentId().orElseThrow());
        assertThat(done.title()).isEqualTo("fix: handle empty DATABASE_URL (#212)");
    }

    @ParameterizedTest
    @EnumSource(HandleMode.class)
    void failingBuildFailsAwaitSuccessWithTheRowAndTheLastLogLines(HandleMode mode) {
        String app = dockerApplication("web-api");
        ScriptedBuild build = fake.scriptNextBuild(app, BuildScript.steps().log("Step 1/2 : FROM node:20")
                .pause(Duration.ofSeconds(40)).log("npm ERR! Missing script: \"build\"").fail());
        DeploymentHandle handle = mode.deploy(client, app);

        DeploymentFailedException failure = catchThrowableOfType(DeploymentFailedException.class,
                () -> mode.awaitSuccess(handle, TEN_MINUTES));

        assertThat(failure.phase()).isEqualTo(DeploymentPhase.ERROR);
        assertThat(failure.deployment()).hasValueSatisfying(row -> {
            assertThat(row.deploymentId()).isEqualTo(build.deploymentId().orElseThrow());
            assertThat(row.status()).isEqualTo(DeploymentStatus.ERROR);
        });
        assertThat(failure.lastLogLines()).contains("Step 1/2 : FROM node:20", "npm ERR! Missing script: \"build\"");
        assertThat(failure.getMessage()).contains(build.deploymentId().get(), "error");
    }

    @ParameterizedTest
    @EnumSource(HandleMode.class)
    void awaitCompletionReturnsTheErrorRowOfAFailedBuild(HandleMode mode) {
        String app = dockerApplication("web-api");
        ScriptedBuild build = fake.scriptNextBuild(app, BuildScript.failAfter(Duration.ofSeconds(40)));
        DeploymentHandle handle = mode.deploy(client, app);

        Deployment ended = mode.awaitCompletion(handle, TEN_MINUTES);

        assertThat(ended.deploymentId()).isEqualTo(build.deploymentId().orElseThrow());
        assertThat(ended.status()).isEqualTo(DeploymentStatus.ERROR);
        assertThat(handle.phase()).isEqualTo(DeploymentPhase.ERROR);
    }

    @ParameterizedTest
    @EnumSource(HandleMode.class)
    void awaitDeploymentReturnsTheRunningRow(HandleMode mode) {
        String app = dockerApplication("web-api");
        ScriptedBuild build = fake.scriptNextBuild(app, BuildScript.succeedAfter(Duration.ofMinutes(5)));
        DeploymentHandle handle = mode.deploy(client, app);

        Deployment running = mode.awaitDeployment(handle, Duration.ofMinutes(1));

        assertThat(running.deploymentId()).isEqualTo(build.deploymentId().orElseThrow());
        assertThat(running.status()).isEqualTo(DeploymentStatus.RUNNING);
        assertThat(running.finishedAt()).isEmpty();
        assertThat(handle.phase()).isEqualTo(DeploymentPhase.RUNNING);
    }

    @ParameterizedTest
    @EnumSource(HandleMode.class)
    void phaseListenerReceivesQueuedRunningDoneInOrder(HandleMode mode) {
        String app = dockerApplication("web-api");
        fake.scriptNextBuild(app, BuildScript.succeedAfter(Duration.ofMinutes(1)));
        List<DeploymentEvent> events = new CopyOnWriteArrayList<>();
        DeploymentHandle handle = mode.deploy(client, app);

        handle.onPhaseChange(events::add);
        Deployment done = mode.awaitSuccess(handle, TEN_MINUTES);

        assertThat(events).extracting(DeploymentEvent::phase)
                .containsExactly(DeploymentPhase.QUEUED, DeploymentPhase.RUNNING, DeploymentPhase.DONE);
        assertThat(events.get(0).previousPhase()).isEmpty();
        assertThat(events.get(1).previousPhase()).contains(DeploymentPhase.QUEUED);
        assertThat(events.get(2).previousPhase()).contains(DeploymentPhase.RUNNING);
        assertThat(events.get(2).deployment()).hasValueSatisfying(
                row -> assertThat(row.deploymentId()).isEqualTo(done.deploymentId()));
        assertThat(events).allSatisfy(event -> assertThat(event.serviceId()).isEqualTo(app));
    }

    @ParameterizedTest
    @EnumSource(HandleMode.class)
    void threeDeploysInARowOfOneApplicationEachFindTheirOwnRowInQueueOrder(HandleMode mode) {
        String app = gitApplication("web-api");
        List<ScriptedBuild> builds = List.of(
                fake.scriptNextBuild(app, BuildScript.succeedAfter(Duration.ofMinutes(1))),
                fake.scriptNextBuild(app, BuildScript.succeedAfter(Duration.ofMinutes(1))),
                fake.scriptNextBuild(app, BuildScript.succeedAfter(Duration.ofMinutes(1))));
        List<DeploymentHandle> handles = List.of(mode.deploy(client, app), mode.deploy(client, app),
                mode.deploy(client, app));

        List<Deployment> rows = handles.stream().map(h -> mode.awaitSuccess(h, TEN_MINUTES)).toList();

        assertThat(rows).extracting(Deployment::deploymentId).doesNotHaveDuplicates().containsExactly(
                builds.get(0).deploymentId().orElseThrow(), builds.get(1).deploymentId().orElseThrow(),
                builds.get(2).deploymentId().orElseThrow());
        assertThat(rows.get(0).createdAt()).isBefore(rows.get(1).createdAt());
        assertThat(rows.get(1).createdAt()).isBefore(rows.get(2).createdAt());
    }

    @Test
    void threeQuickDeploysFollowedTogetherFindTheirRowsAfterTheCommitRenamedThem() {
        String app = gitApplication("web-api");
        List<ScriptedBuild> builds = List.of(fake.scriptNextBuild(app, BuildScript.typical()),
                fake.scriptNextBuild(app, BuildScript.typical()), fake.scriptNextBuild(app, BuildScript.typical()));
        List<AsyncDeploymentHandle> handles = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            handles.add(Await.result(client.async().applications().deploy(app)));
            fake.clock().advance(Duration.ofMillis(400)); // a deploy call takes 0.4–1 s on a real server
        }

        List<CompletableFuture<Deployment>> waits = handles.stream().map(h -> h.awaitSuccess(TEN_MINUTES)).toList();
        List<Deployment> rows = waits.stream().map(Await::result).toList();

        assertThat(rows).extracting(Deployment::deploymentId).containsExactly(
                builds.get(0).deploymentId().orElseThrow(), builds.get(1).deploymentId().orElseThrow(),
                builds.get(2).deploymentId().orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(HandleMode.class)
    void foreignDeployQueuedAheadIsNotMistakenForOurs(HandleMode mode) {
        String blocker = dockerApplication("billing");
        String app = gitApplication("web-api");
        fake.scriptNextBuild(blocker, BuildScript.succeedAfter(Duration.ofMinutes(1)));
        ScriptedBuild foreign = fake.scriptNextBuild(app, BuildScript.succeedAfter(Duration.ofSeconds(30)));
        ScriptedBuild ours = fake.scriptNextBuild(app, BuildScript.typical());
        client.procedure("application.deploy").mutation(Map.of("applicationId", blocker));
        client.procedure("application.deploy").mutation(Map.of("applicationId", app, "title", "from a webhook"));
        fake.clock().advance(Duration.ofMillis(500));

        DeploymentHandle handle = mode.deploy(client, app);
        Deployment done = mode.awaitSuccess(handle, TEN_MINUTES);

        assertThat(done.deploymentId()).isEqualTo(ours.deploymentId().orElseThrow())
                .isNotEqualTo(foreign.deploymentId().orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(HandleMode.class)
    void redeployFollowsTheRebuild(HandleMode mode) {
        String app = dockerApplication("web-api");
        ScriptedBuild build = fake.scriptNextBuild(app, BuildScript.succeedAfter(Duration.ofSeconds(45)));

        Deployment done = mode.awaitSuccess(mode.redeploy(client, app), TEN_MINUTES);

        assertThat(done.deploymentId()).isEqualTo(build.deploymentId().orElseThrow());
        assertThat(done.title()).isEqualTo("Rebuild deployment");
        assertThat(fake.requestCount("application.redeploy")).isEqualTo(1);
        assertThat(fake.requestCount("application.deploy")).isZero();
    }

    @ParameterizedTest
    @EnumSource(HandleMode.class)
    void composeDeployFollowsTheComposeBuild(HandleMode mode) {
        String compose = fake.createCompose("shop-stack", ServiceOptions.dockerImage("nginx:1.27"));
        ScriptedBuild build = fake.scriptNextBuild(compose, BuildScript.succeedAfter(Duration.ofSeconds(45)));

        DeploymentHandle handle = mode.deployCompose(client, compose);
        Deployment done = mode.awaitSuccess(handle, TEN_MINUTES);

        assertThat(handle.serviceType()).isEqualTo(ServiceType.COMPOSE);
        assertThat(done.deploymentId()).isEqualTo(build.deploymentId().orElseThrow());
        assertThat(done.composeId()).contains(compose);
        assertThat(done.title()).isEqualTo("Manual deployment");
        assertThat(fake.requestCount("deployment.allByCompose")).isPositive();
    }

    @ParameterizedTest
    @EnumSource(HandleMode.class)
    void previewRedeployFollowsThePreviewBuild(HandleMode mode) {
        String app = dockerApplication("web-api");
        String preview = fake.createPreviewDeployment(app, "feature/login");
        ScriptedBuild build = fake.scriptNextBuild(preview, BuildScript.succeedAfter(Duration.ofSeconds(45)));

        DeploymentHandle handle = mode.redeployPreview(client, preview);
        Deployment done = mode.awaitSuccess(handle, TEN_MINUTES);

        assertThat(handle.serviceType()).isEqualTo(ServiceType.PREVIEW_DEPLOYMENT);
        assertThat(done.deploymentId()).isEqualTo(build.deploymentId().orElseThrow());
        assertThat(done.previewDeploymentId()).contains(preview);
        assertThat(done.applicationId()).isEmpty();
        assertThat(done.title()).isEqualTo("Rebuild Preview Deployment");
    }

    @ParameterizedTest
    @EnumSource(HandleMode.class)
    void waitThatRunsOutOfTimeWhileTheBuildRunsSaysItWasRunning(HandleMode mode) {
        String app = dockerApplication("web-api");
        ScriptedBuild build = fake.scriptNextBuild(app, BuildScript.succeedAfter(Duration.ofMinutes(30)));
        DeploymentHandle handle = mode.deploy(client, app);

        DeploymentTimeoutException timeout = catchThrowableOfType(DeploymentTimeoutException.class,
                () -> mode.awaitSuccess(handle, Duration.ofMinutes(2)));

        assertThat(timeout.phase()).isEqualTo(DeploymentPhase.RUNNING);
        assertThat(timeout.timeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(timeout.deployment()).hasValueSatisfying(
                row -> assertThat(row.deploymentId()).isEqualTo(build.deploymentId().orElseThrow()));
        assertThat(timeout.getMessage()).contains("RUNNING");
    }

    @ParameterizedTest
    @EnumSource(HandleMode.class)
    void waitThatRunsOutOfTimeWhileTheJobWaitsSaysItWasQueued(HandleMode mode) {
        String blocker = dockerApplication("billing");
        String app = dockerApplication("web-api");
        fake.scriptNextBuild(blocker, BuildScript.untilReleased());
        client.procedure("application.deploy").mutation(Map.of("applicationId", blocker));
        DeploymentHandle handle = mode.deploy(client, app);

        DeploymentTimeoutException timeout = catchThrowableOfType(DeploymentTimeoutException.class,
                () -> mode.awaitDeployment(handle, Duration.ofMinutes(1)));

        assertThat(timeout.phase()).isEqualTo(DeploymentPhase.QUEUED);
        assertThat(timeout.deployment()).isEmpty();
        assertThat(timeout.getMessage()).contains("QUEUED", "job-2");
    }
}
