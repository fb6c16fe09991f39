package io.github.dokploy4j.internal.lifecycle;

import io.github.dokploy4j.deployment.AsyncDeploymentWatch;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.DeploymentEvent;
import io.github.dokploy4j.deployment.DeploymentEventListener;
import io.github.dokploy4j.deployment.DeploymentPhase;
import io.github.dokploy4j.deployment.DeploymentWatch;
import io.github.dokploy4j.deployment.QueueJob;
import io.github.dokploy4j.error.DokployException;
import io.github.dokploy4j.internal.SdkLoggers;
import io.github.dokploy4j.internal.call.Arguments;
import io.github.dokploy4j.internal.poll.BlockingWait;
import io.github.dokploy4j.internal.poll.Failures;
import io.github.dokploy4j.internal.poll.ListenerDispatch;
import io.github.dokploy4j.internal.poll.PollFailurePolicy;
import io.github.dokploy4j.internal.poll.PollLoop;
import io.github.dokploy4j.internal.poll.PollLoop.Next;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Watches the organisation's deployments ({@code allCentralized}) and the build queue ({@code queueList}) on a
 * {@link PollLoop} and reports each deployment's phase transitions once. The first poll is the baseline and reports
 * nothing. Queue jobs count only when their {@code servicePath.href} is set: a self-hosted queue lists every
 * organisation's jobs, and only the caller's carry a link. One object is both views of the watch.
 */
final class OrganisationWatcher implements AsyncDeploymentWatch, DeploymentWatch,
        PollLoop.Subject<OrganisationWatcher.Snapshot> {
    /** What one poll read. */
    record Snapshot(Optional<List<QueueJob>> queue, List<Deployment> all) {
    }

    private final LifecycleContext context;
    private final Duration interval;
    private final DeploymentEventListener listener;
    private final PollLoop<Snapshot> loop;
    private final ListenerDispatch dispatch;
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();

    private @Nullable Map<String, QueueJob> jobs;
    private Map<String, Deployment> rows = Map.of();

    OrganisationWatcher(LifecycleContext context, Duration interval, DeploymentEventListener listener) {
        this.context = context;
        this.interval = interval;
        this.listener = listener;
        this.dispatch = new ListenerDispatch(context.runtime().executor(), SdkLoggers.LIFECYCLE);
        this.loop = new PollLoop<>("the deployment watch", this, context.runtime(),
                PollFailurePolicy.WATCH, SdkLoggers.LIFECYCLE);
        stopped.whenComplete((ignored, error) -> loop.close());
    }

    void start() {
        loop.pollWithin(Duration.ZERO);
    }

    @Override
    public boolean isRunning() {
        return !stopped.isDone();
    }

    @Override
    public Optional<DokployException> failure() {
        if (!stopped.isCompletedExceptionally() || stopped.isCancelled()) {
            return Optional.empty();
        }
        return Optional.of((DokployException) stopped.handle((ignored, error) -> Failures.cause(error)).join());
    }

    @Override
    public CompletableFuture<Void> stopped() {
        return stopped;
    }

    @Override
    public boolean awaitStopped(Duration timeout) {
        return BlockingWait.completes(stopped, Arguments.requireNonNull(timeout, "timeout"),
                "the watch to stop; it goes on");
    }

    @Override
    public DeploymentWatch sync() {
        return this;
    }

    @Override
    public AsyncDeploymentWatch async() {
        return this;
    }

    @Override
    public void close() {
        stopped.complete(null);
    }

    @Override
    public CompletableFuture<Snapshot> read() {
        return context.queue().read().thenCompose(queue -> context.deployments().allCentralized()
                .thenApply(all -> new Snapshot(queue, all)));
    }

    @Override
    public Next observe(Snapshot snapshot) {
        for (DeploymentEvent event : compare(snapshot.queue(), snapshot.all())) {
            dispatch.submit(listener, event.toString(), () -> {
                if (isRunning()) {
                    listener.onEvent(event);
                }
            });
        }
        return Next.in(interval);
    }

    @Override
    public void failed(RuntimeException failure) {
        stopped.completeExceptionally(Failures.asDokployException("the deployment watch", failure));
    }

    /** Compares one poll with the last; returns the transitions, in the order they are best read. */
    private List<DeploymentEvent> compare(Optional<List<QueueJob>> queue, List<Deployment> all) {
        Map<String, QueueJob> queued = new LinkedHashMap<>();
        queue.ifPresent(list -> list.stream().filter(job -> job.servicePath().href().isPresent())
                .forEach(job -> queued.put(Correlator.key(job), job)));
        Map<String, Deployment> current = new HashMap<>();
        all.forEach(row -> current.put(row.deploymentId(), row));
        List<DeploymentEvent> events = jobs == null ? List.of() : transitions(jobs, queued, all, current);
        jobs = queued;
        rows = current;
        return events;
    }

    private List<DeploymentEvent> transitions(Map<String, QueueJob> before, Map<String, QueueJob> queued,
            List<Deployment> all, Map<String, Deployment> current) {
        Instant now = context.runtime().clock().instant();
        List<DeploymentEvent> events = new ArrayList<>();
        queued.forEach((key, job) -> {
            if (!before.containsKey(key)) {
                add(events, ServiceRef.ownerOf(job), DeploymentPhase.QUEUED, null, null, job, now);
            }
        });
        List<Deployment> started = new ArrayList<>();
        for (Deployment row : all) {
            Deployment earlier = rows.get(row.deploymentId());
            DeploymentPhase phase = DeploymentPhase.of(row.status());
            if (earlier == null) {
                started.add(row);
            } else if (DeploymentPhase.of(earlier.status()) != phase) {
                add(events, ServiceRef.ownerOf(row), phase, DeploymentPhase.of(earlier.status()), row, null, now);
            }
        }
        for (Deployment row : started) {
            ServiceRef.ownerOf(row).ifPresent(owner -> {
                QueueJob job = takenJobOf(owner, before, queued);
                add(events, Optional.of(owner), DeploymentPhase.of(row.status()),
                        job == null ? null : DeploymentPhase.QUEUED, row, job, now);
            });
        }
        for (Deployment gone : rows.values()) {
            if (!current.containsKey(gone.deploymentId())) {
                add(events, ServiceRef.ownerOf(gone), DeploymentPhase.REMOVED, DeploymentPhase.of(gone.status()),
                        gone, null, now);
            }
        }
        for (QueueJob left : before.values()) {
            Optional<ServiceRef> owner = ServiceRef.ownerOf(left);
            if (!queued.containsKey(Correlator.key(left)) && left.startedAt().isEmpty()
                    && started.stream().noneMatch(row -> ServiceRef.ownerOf(row).equals(owner))) {
                add(events, owner, DeploymentPhase.CANCELLED, DeploymentPhase.QUEUED, null, left, now);
            }
        }
        return events;
    }

    private static void add(List<DeploymentEvent> events, Optional<ServiceRef> owner, DeploymentPhase phase,
            @Nullable DeploymentPhase previous, @Nullable Deployment row, @Nullable QueueJob job, Instant now) {
        owner.ifPresent(o -> events.add(new DeploymentEvent(phase, previous, o.type(), o.id(), row, job, now)));
    }

    /** The job of the service a worker took first: the one queued longest among those taken since the last poll. */
    private static @Nullable QueueJob takenJobOf(ServiceRef owner, Map<String, QueueJob> before,
            Map<String, QueueJob> stillQueued) {
        QueueJob oldest = null;
        for (QueueJob job : before.values()) {
            QueueJob now = stillQueued.get(Correlator.key(job));
            if (ServiceRef.ownerOf(job).equals(Optional.of(owner)) && (now == null || now.startedAt().isPresent())
                    && (oldest == null || job.queuedAt().orElse(Instant.MAX).isBefore(oldest.queuedAt()
                            .orElse(Instant.MAX)))) {
                oldest = job;
            }
        }
        return oldest;
    }

    @Override
    public String toString() {
        return "DeploymentWatch{every " + interval.toMillis() + " ms, " + (isRunning() ? "running" : "stopped") + "}";
    }
}
