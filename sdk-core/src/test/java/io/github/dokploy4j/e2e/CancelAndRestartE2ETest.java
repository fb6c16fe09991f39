package io.github.dokploy4j.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.TestClients;
import io.github.dokploy4j.deployment.CancelOption;
import io.github.dokploy4j.deployment.CancelOutcome;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.DeploymentHandle;
import io.github.dokploy4j.deployment.DeploymentPhase;
import io.github.dokploy4j.deployment.DeploymentStatus;
import io.github.dokploy4j.error.DeploymentFailedException;
import io.github.dokploy4j.testkit.BuildScript;
import io.github.dokploy4j.testkit.BuildState;
import io.github.dokploy4j.testkit.FakeDokploy;
import io.github.dokploy4j.testkit.ScriptedBuild;
import io.github.dokploy4j.testkit.ServiceOptions;
import io.github.dokploy4j.testkit.WithFakeDokploy;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Stopping a deploy, and a deploy that the server stops: cancel does only what self-hosted Dokploy can (drop every
 * waiting job of the service, or kill every build on the host) and only with consent; a restart of the server loses
 * its queue and cancels running deployments, and waits say so at once.
 */
@WithFakeDokploy(manualClock = true)
@Timeout(value = 60, unit = TimeUnit.SECONDS) // a safety net against hangs, not a timing
class CancelAndRestartE2ETest {
    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

    private FakeDokploy fake;
    private DokployClient client;
    private String app;

    @BeforeEach
    void connect(FakeDokploy fake) {
        this.fake = fake;
        this.client = TestClients.inFakeTime(fake);
        this.app = fake.createApplication("web-api", ServiceOptions.dockerImage("nginx:1.27"));
    }

    @AfterEach
    void disconnect() {
        client.close();
    }

    /** Holds the Dokploy host's only build slot with another application's build, so the next deploy waits. */
    private ScriptedBuild holdTheBuildSlot() {
        String blocker = fake.createApplication("billing", ServiceOptions.dockerImage("nginx:1.27"));
        ScriptedBuild held = fake.scriptNextBuild(blocker, BuildScript.untilReleased());
        client.procedure("application.deploy").mutation(Map.of("applicationId", blocker));
        return held.awaitState(BuildState.HELD, Duration.ofSeconds(5));
    }

    private DeploymentHandle runningHeldBuild(HandleMode mode) {
        fake.scriptNextBuild(app, BuildScript.untilReleased());
        DeploymentHandle handle = mode.deploy(client, app);
        mode.awaitDeployment(handle, Duration.ofMinutes(1));
        return handle;
    }

    @ParameterizedTest
    @EnumSource(HandleMode.class)
    void cancellingAWaitingJobWithoutConsentIsRefusedBeforeAnythingIsSent(HandleMode mode) {
        holdTheBuildSlot();
        DeploymentHandle handle = mode.deploy(client, app);

        IllegalStateException refusal = catchThrowableOfType(IllegalStateException.class,
                () -> mode.cancel(handle));

        assertThat(refusal).hasMessageContaining("DROP_ALL_WAITING_JOBS_OF_SERVICE");
        assertThat(fake.requestCount("application.cleanQueues")).isZero();
        assertThat(client.deployments().queueList()).anySatisfy(job -> {
            assertThat(job.data().applicationId()).contains(app);
            assertThat(job.state().wireValue()).isEqualTo("waiting");
        });
    }

    @ParameterizedTest
    @EnumSource(HandleMode.class)
    void cancellingAWaitingJobWithConsentDropsItFromTheQueue(HandleMode mode) {
        holdTheBuildSlot();
        DeploymentHandle handle = mode.deploy(client, app);

        CancelOutcome outcome = mode.cancel(handle, CancelOption.DROP_ALL_WAITING_JOBS_OF_SERVICE);

        assertThat(outcome).isEqualTo(CancelOutcome.DROPPED_FROM_QUEUE);
        assertThat(handle.phase()).isEqualTo(DeploymentPhase.CANCELLED);
        assertThat(fake.requestCount("application.cleanQueues")).isEqualTo(1);
        assertThat(client.deployments().queueList())
                .noneSatisfy(job -> assertThat(job.data().applicationId()).contains(app));
    }

    @ParameterizedTest
    @EnumSource(HandleMode.class)
    void awaitingADroppedJobFailsWithoutARow(HandleMode mode) {
        holdTheBuildSlot();
        DeploymentHandle handle = mode.deploy(client, app);
        mode.cancel(handle, CancelOption.DROP_ALL_WAITING_JOBS_OF_SERVICE);

        DeploymentFailedException failure = catchThrowableOfType(DeploymentFailedException.class,
                () -> mode.awaitCompletion(handle, TEN_MINUTES));

        assertThat(failure.phase()).isEqualTo(DeploymentPhase.CANCELLED);
        assertThat(failure.deployment()).isEmpty();
        assertThat(client.deployments().all(app)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(HandleMode.class)
    void cancellingARunningBuildOnSelfHostedWithoutConsentIsRefusedWithoutAskingTheCloudWay(HandleMode mode) {
        DeploymentHandle handle = runningHeldBuild(mode);

        IllegalStateException refusal = catchThrowableOfType(IllegalStateException.class,
                () -> mode.cancel(handle));

        assertThat(refusal).hasMessageContaining("KILL_ALL_BUILDS_ON_HOST");
        assertThat(fake.requestCount("application.cancelDeployment"))
                .as("the deploy's empty answer said self-hosted, where cancelDeployment can only answer 400").isZero();
        assertThat(fake.requestCount("application.killBuild")).isZero();
        assertThat(client.deployments().all(app).get(0).status()).isEqualTo(DeploymentStatus.RUNNING);
    }

    @ParameterizedTest
    @EnumSource(HandleMode.class)
    void cancellingARunningBuildWithConsentKillsItAndTheRowEndsError(HandleMode mode) {
        DeploymentHandle handle = runningHeldBuild(mode);

        CancelOutcome outcome = mode.cancel(handle, CancelOption.KILL_ALL_BUILDS_ON_HOST);
        Deployment ended = mode.awaitCompletion(handle, TEN_MINUTES);

        assertThat(outcome).isEqualTo(CancelOutcome.BUILD_KILLED);
        assertThat(fake.requestCount("application.killBuild")).isEqualTo(1);
        assertThat(ended.status()).isEqualTo(DeploymentStatus.ERROR);
        assertThat(handle.phase()).isEqualTo(DeploymentPhase.ERROR);
    }

    @ParameterizedTest
    @EnumSource(HandleMode.class)
    void cancellingAFinishedDeploymentSendsNothing(HandleMode mode) {
        fake.scriptNextBuild(app, BuildScript.succeedAfter(Duration.ofSeconds(30)));
        DeploymentHandle handle = mode.deploy(client, app);
        mode.awaitSuccess(handle, TEN_MINUTES);

        CancelOutcome outcome = mode.cancel(handle, CancelOption.values());

        assertThat(outcome).isEqualTo(CancelOutcome.ALREADY_FINISHED);
        assertThat(fake.requestCount("application.cancelDeployment")).isZero();
        assertThat(fake.requestCount("application.cleanQueues")).isZero();
        assertThat(fake.requestCount("application.killBuild")).isZero();
    }

    @ParameterizedTest
    @EnumSource(HandleMode.class)
    void restartWhileTheJobWaitsFailsTheWaitFastAsALostJob(HandleMode mode) {
        holdTheBuildSlot();
        DeploymentHandle handle = mode.deploy(client, app);
        fake.restart();
        Instant restarted = fake.clock().now();

        DeploymentFailedException failure = catchThrowableOfType(DeploymentFailedException.class,
                () -> mode.awaitCompletion(handle, TEN_MINUTES));

        assertThat(failure.phase()).isEqualTo(DeploymentPhase.QUEUED);
        assertThat(failure.deployment()).isEmpty();
        assertThat(failure).hasMessageContaining("left the queue");
        assertThat(Duration.between(restarted, fake.clock().now())).as("fake time spent before giving up")
                .isLessThan(Duration.ofSeconds(10));
    }

    @ParameterizedTest
    @EnumSource(HandleMode.class)
    void cancellingAJobLostInARestartFailsWithTheLoss(HandleMode mode) {
        holdTheBuildSlot();
        DeploymentHandle handle = mode.deploy(client, app);
        fake.restart();
        catchThrowableOfType(DeploymentFailedException.class, () -> mode.awaitCompletion(handle, TEN_MINUTES));

        DeploymentFailedException failure = catchThrowableOfType(DeploymentFailedException.class,
                () -> mode.cancel(handle, CancelOption.DROP_ALL_WAITING_JOBS_OF_SERVICE));

        assertThat(failure).hasMessageContaining("left the queue");
        assertThat(fake.requestCount("application.cleanQueues")).isZero();
    }

    @ParameterizedTest
    @EnumSource(HandleMode.class)
    void restartWhileTheBuildRunsEndsTheDeploymentCancelled(HandleMode mode) {
        DeploymentHandle handle = runningHeldBuild(mode);
        fake.restart();

        Deployment ended = mode.awaitCompletion(handle, TEN_MINUTES);

        assertThat(ended.status()).isEqualTo(DeploymentStatus.CANCELLED);
        assertThat(ended.finishedAt()).isEmpty();
        assertThat(handle.phase()).isEqualTo(DeploymentPhase.CANCELLED);
    }

    @ParameterizedTest
    @EnumSource(HandleMode.class)
    void restartWhileTheBuildRunsFailsAwaitSuccess(HandleMode mode) {
        DeploymentHandle handle = runningHeldBuild(mode);
        fake.restart();

        DeploymentFailedException failure = catchThrowableOfType(DeploymentFailedException.class,
                () -> mode.awaitSuccess(handle, TEN_MINUTES));

        assertThat(failure.phase()).isEqualTo(DeploymentPhase.CANCELLED);
        assertThat(failure.deployment()).hasValueSatisfying(
                row -> assertThat(row.status()).isEqualTo(DeploymentStatus.CANCELLED));
    }
}
