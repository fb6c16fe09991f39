package io.github.dokploy4j.internal.lifecycle;

import io.github.dokploy4j.deployment.CancelOption;
import io.github.dokploy4j.deployment.CancelOutcome;
import io.github.dokploy4j.deployment.DeploymentPhase;
import io.github.dokploy4j.error.BadRequestException;
import io.github.dokploy4j.internal.poll.Failures;
import io.github.dokploy4j.internal.poll.ServerTraits;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Cancels a tracked deploy with what the server offers, after a fresh look at where it is: a queued job only with
 * {@code cleanQueues} (every waiting job of the service), a running build with Dokploy Cloud's
 * {@code cancelDeployment}, or on a self-hosted server with {@code killBuild} (every build of that kind on the host).
 * The two wide ones need the caller's consent. Which kind of server it is the client learnt from the deploy's answer,
 * so a self-hosted server is not sent a {@code cancelDeployment} that can only answer 400; when the kind is not known,
 * that 400 teaches it.
 */
final class Canceller {
    private static final Duration FRESH_LOOK = Duration.ofSeconds(30);

    private final LifecycleContext context;
    private final DeployTarget target;
    private final DeploymentTracker tracker;

    Canceller(LifecycleContext context, DeployTarget target, DeploymentTracker tracker) {
        this.context = context;
        this.target = target;
        this.tracker = tracker;
    }

    CompletableFuture<CancelOutcome> cancel(Set<CancelOption> consents) {
        return tracker.await(Goal.NEXT_OBSERVATION, FRESH_LOOK).thenCompose(seen -> {
            DeploymentPhase phase = tracker.phase();
            if (phase.isTerminal()) {
                return CompletableFuture.completedFuture(CancelOutcome.ALREADY_FINISHED);
            }
            return phase == DeploymentPhase.QUEUED ? dropFromQueue(consents) : stopBuild(consents);
        });
    }

    private CompletableFuture<CancelOutcome> dropFromQueue(Set<CancelOption> consents) {
        if (!consents.contains(CancelOption.DROP_ALL_WAITING_JOBS_OF_SERVICE)) {
            throw new IllegalStateException("the deploy of " + tracker.service() + " is still queued, and Dokploy can"
                    + " only drop it with cleanQueues, which drops every waiting job of the service"
                    + (target == DeployTarget.APPLICATION ? " (its preview deployments' too)" : "")
                    + ": pass CancelOption.DROP_ALL_WAITING_JOBS_OF_SERVICE to accept that");
        }
        DeployTarget owner = target.buildOwner();
        return context.caller().callAsync(owner.cleanQueues, owner.idBody(ownerId()))
                .thenCompose(done -> {
                    // the waiting jobs are gone: unless the next look finds the row, it was dropped
                    tracker.droppedByCancel();
                    return tracker.await(Goal.NEXT_OBSERVATION, FRESH_LOOK);
                })
                .thenCompose(seen -> {
                    DeploymentPhase phase = tracker.phase();
                    if (phase == DeploymentPhase.CANCELLED && tracker.row().isEmpty()) {
                        return CompletableFuture.completedFuture(CancelOutcome.DROPPED_FROM_QUEUE);
                    }
                    if (phase.isTerminal()) {
                        return CompletableFuture.completedFuture(CancelOutcome.ALREADY_FINISHED);
                    }
                    if (!consents.contains(CancelOption.KILL_ALL_BUILDS_ON_HOST)) {
                        throw new IllegalStateException("the deploy of " + tracker.service() + " started before"
                                + " cleanQueues could drop it; cancel again with CancelOption.KILL_ALL_BUILDS_ON_HOST to"
                                + " kill the build");
                    }
                    return killBuild();
                });
    }

    private CompletableFuture<CancelOutcome> stopBuild(Set<CancelOption> consents) {
        ServerTraits traits = context.runtime().traits();
        if (target == DeployTarget.PREVIEW || traits.kind() == ServerTraits.Kind.SELF_HOSTED) {
            return killWithConsent(consents);
        }
        return context.caller().callAsync(target.cancelDeployment, target.idBody(tracker.service().id()))
                .handle((done, error) -> {
                    if (error == null) {
                        traits.kind(ServerTraits.Kind.CLOUD);
                        return CompletableFuture.completedFuture(CancelOutcome.CANCELLATION_REQUESTED);
                    }
                    Throwable cause = Failures.cause(error);
                    if (cause instanceof BadRequestException && traits.kind() == ServerTraits.Kind.UNKNOWN) {
                        // "Deployment cancellation only available in cloud version"
                        traits.kind(ServerTraits.Kind.SELF_HOSTED);
                        return killWithConsent(consents);
                    }
                    return CompletableFuture.<CancelOutcome>failedFuture(cause);
                })
                .thenCompose(outcome -> outcome);
    }

    private CompletableFuture<CancelOutcome> killWithConsent(Set<CancelOption> consents) {
        if (!consents.contains(CancelOption.KILL_ALL_BUILDS_ON_HOST)) {
            return CompletableFuture.failedFuture(new IllegalStateException("self-hosted Dokploy cannot cancel one"
                    + " build: stopping the deploy of " + tracker.service() + " needs killBuild, which kills every "
                    + (target == DeployTarget.COMPOSE ? "docker compose" : "docker build")
                    + " build on the service's deploy host: pass CancelOption.KILL_ALL_BUILDS_ON_HOST to accept that"));
        }
        return killBuild();
    }

    private CompletableFuture<CancelOutcome> killBuild() {
        DeployTarget owner = target.buildOwner();
        return context.caller().callAsync(owner.killBuild, owner.idBody(ownerId()))
                .thenApply(done -> CancelOutcome.BUILD_KILLED);
    }

    /** The service whose queue and builds hold this deploy: a preview's are its application's. */
    private String ownerId() {
        if (target != DeployTarget.PREVIEW) {
            return tracker.service().id();
        }
        return tracker.job().flatMap(job -> job.data().applicationId()).orElseThrow(() -> new IllegalStateException(
                "the application of preview deployment " + tracker.service().id() + " is not known yet (its queue"
                        + " job was not seen); cancel it through its application"));
    }
}
