package io.github.dokploy4j.internal.lifecycle;

import io.github.dokploy4j.deployment.AsyncDeploymentHandle;
import io.github.dokploy4j.deployment.AsyncLogFollow;
import io.github.dokploy4j.deployment.CancelOption;
import io.github.dokploy4j.deployment.CancelOutcome;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.DeploymentEventListener;
import io.github.dokploy4j.deployment.DeploymentHandle;
import io.github.dokploy4j.deployment.DeploymentPhase;
import io.github.dokploy4j.deployment.LogFollowMode;
import io.github.dokploy4j.deployment.LogListener;
import io.github.dokploy4j.deployment.ServiceType;
import io.github.dokploy4j.internal.call.Arguments;
import io.github.dokploy4j.internal.logs.LogFollows;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** A triggered deploy, asynchronously: thin views over its tracker and canceller. */
final class DefaultAsyncDeploymentHandle implements AsyncDeploymentHandle {
    /** How long a follow waits for a queued deploy's row: as long as the queue takes, in practice. */
    private static final Duration ROW_WAIT_FOR_FOLLOW = Duration.ofDays(1);

    private final DeploymentTracker tracker;
    private final Canceller canceller;
    private final DeploymentHandle sync;

    DefaultAsyncDeploymentHandle(DeploymentTracker tracker, Canceller canceller) {
        this.tracker = tracker;
        this.canceller = canceller;
        this.sync = new DefaultDeploymentHandle(this);
    }

    @Override
    public ServiceType serviceType() {
        return tracker.service().type();
    }

    @Override
    public String serviceId() {
        return tracker.service().id();
    }

    @Override
    public DeploymentPhase phase() {
        return tracker.phase();
    }

    @Override
    public Optional<Deployment> deployment() {
        return tracker.row();
    }

    @Override
    public CompletableFuture<Deployment> awaitDeployment(Duration timeout) {
        return await(Goal.ROW_EXISTS, timeout);
    }

    @Override
    public CompletableFuture<Deployment> awaitCompletion(Duration timeout) {
        return await(Goal.ENDED, timeout);
    }

    @Override
    public CompletableFuture<Deployment> awaitSuccess(Duration timeout) {
        return await(Goal.SUCCEEDED, timeout);
    }

    private CompletableFuture<Deployment> await(Goal goal, Duration timeout) {
        Arguments.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        // the tracker's own future, not a dependent stage: cancelling it must reach the tracker and stop the polling
        // (only the NEXT_OBSERVATION goal, which no public method uses, can complete with null)
        return tracker.await(goal, timeout);
    }

    @Override
    public AsyncDeploymentHandle onPhaseChange(DeploymentEventListener listener) {
        tracker.addListener(Arguments.requireNonNull(listener, "listener"));
        return this;
    }

    @Override
    public CompletableFuture<CancelOutcome> cancel(CancelOption... consents) {
        Arguments.requireNonNull(consents, "consents");
        EnumSet<CancelOption> given = EnumSet.noneOf(CancelOption.class);
        for (CancelOption consent : consents) {
            given.add(Arguments.requireNonNull(consent, "consents[]"));
        }
        return canceller.cancel(given);
    }

    @Override
    public AsyncLogFollow follow(LogListener listener) {
        Arguments.requireNonNull(listener, "listener");
        return LogFollows.afterRow(tracker.context().logs(), tracker.await(Goal.ROW_EXISTS, ROW_WAIT_FOR_FOLLOW),
                LogFollowMode.AUTO, listener);
    }

    @Override
    public DeploymentHandle sync() {
        return sync;
    }

    @Override
    public void close() {
        tracker.close();
    }

    @Override
    public String toString() {
        return "DeploymentHandle{" + tracker.service() + ", " + tracker.phase()
                + tracker.row().map(r -> ", deployment " + r.deploymentId()).orElse("") + "}";
    }
}
