package io.github.dokploy4j.internal.lifecycle;

import io.github.dokploy4j.deployment.AsyncDeploymentWatch;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.DeploymentEvent;
import io.github.dokploy4j.deployment.DeploymentEventListener;
import io.github.dokploy4j.deployment.DeploymentPhase;
import io.github.dokploy4j.deployment.DeploymentWatch;
import io.github.dokploy4j.deployment.QueueJob;
import io.github.dokploy4j.deployment.ServiceType;
import io.github.dokploy4j.error.DokployException;
import io.github.dokploy4j.error.DokployTransportException;
import io.github.dokploy4j.internal.SdkLoggers;
import io.github.dokploy4j.internal.call.Arguments;
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
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * Watches the organisation's deployments ({@code allCentralized}) and the build queue ({@code queueList}) on a
 * {@link PollLoop} and reports each deployment's phase transitions once. The first poll is the baseline and reports
 * nothing. Queue jobs count only when their {@code servicePath.href} is set: a self-hosted queue lists every
 * organisation's jobs, and only the caller's carry a link. Job ids restart with the server, so a job is known by its
 * id and its queue time.
 */
final class OrganisationWatcher implements AsyncDeploymentWatch, PollLoop.Subject<OrganisationWatcher.Snapshot> {
    /** What one poll read. */
    record Snapshot(Optional<List<QueueJob>> queue, List<Deployment> all) {
    }

    private final LifecycleContext context;
    private final Duration interval;
    private final DeploymentEventListener listener;
    private final PollLoop<Snapshot> loop;
    private final ListenerDispatch dispatch;
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();
    private final DeploymentWatch sync = new SyncView();

    private final Map<String, QueueJob> jobs = new LinkedHashMap<>();
    private final Map<String, Deployment> rows = new HashMap<>();
    private boolean baseline = true;

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
        try {
            stopped.join();
            return Optional.empty();
        } catch (CompletionException e) {
            return Optional.of((DokployException) e.getCause());
        }
    }

    @Override
    public CompletableFuture<Void> stopped() {
        return stopped;
    }

    @Override
    public DeploymentWatch sync() {
        return sync;
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
        List<DeploymentEvent> events = compare(snapshot.queue(), snapshot.all());
        for (DeploymentEvent event : events) {
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
        stopped.completeExceptionally(failure instanceof DokployException ? failure
                : new DokployException("the deployment watch failed: " + failure, failure));
    }

    /** Compares one poll with the last; returns the transitions, in the order they are best read. */
    private List<DeploymentEvent> compare(Optional<List<QueueJob>> queue, List<Deployment> all) {
        Instant now = context.runtime().clock().instant();
        List<DeploymentEvent> events = new ArrayList<>();
        Map<String, QueueJob> queued = new LinkedHashMap<>();
        queue.ifPresent(list -> list.stream().filter(job -> job.servicePath().href().isPresent())
                .forEach(job -> queued.put(key(job), job)));
        for (Map.Entry<String, QueueJob> entry : queued.entrySet()) {
            if (!jobs.containsKey(entry.getKey()) && !baseline) {
                QueueJob job = entry.getValue();
                owner(job).ifPresent(owner -> events.add(new DeploymentEvent(DeploymentPhase.QUEUED, null,
                        owner.type(), owner.id(), null, job, now)));
            }
        }
        Map<String, Deployment> current = new HashMap<>();
        List<Deployment> started = new ArrayList<>();
        for (Deployment row : all) {
            current.put(row.deploymentId(), row);
            Deployment before = rows.get(row.deploymentId());
            DeploymentPhase phase = DeploymentPhase.of(row.status());
            if (before == null) {
                started.add(row);
            } else if (DeploymentPhase.of(before.status()) != phase && !baseline) {
                owner(row).ifPresent(owner -> events.add(new DeploymentEvent(phase, DeploymentPhase.of(
                        before.status()), owner.type(), owner.id(), row, null, now)));
            }
        }
        if (!baseline) {
            for (Deployment row : started) {
                owner(row).ifPresent(owner -> {
                    QueueJob job = takeJobOf(owner, queued);
                    events.add(new DeploymentEvent(DeploymentPhase.of(row.status()),
                            job == null ? null : DeploymentPhase.QUEUED, owner.type(), owner.id(), row, job, now));
                });
            }
            for (Deployment gone : rows.values()) {
                if (!current.containsKey(gone.deploymentId())) {
                    owner(gone).ifPresent(owner -> events.add(new DeploymentEvent(DeploymentPhase.REMOVED,
                            DeploymentPhase.of(gone.status()), owner.type(), owner.id(), gone, null, now)));
                }
            }
            for (QueueJob left : jobs.values()) {
                if (!queued.containsKey(key(left)) && !left.startedAt().isPresent()) {
                    owner(left).filter(owner -> started.stream().noneMatch(row -> owner(row).equals(
                            Optional.of(owner)))).ifPresent(owner -> events.add(new DeploymentEvent(
                                    DeploymentPhase.CANCELLED, DeploymentPhase.QUEUED, owner.type(), owner.id(),
                                    null, left, now)));
                }
            }
        }
        jobs.clear();
        jobs.putAll(queued);
        rows.clear();
        rows.putAll(current);
        baseline = false;
        return events;
    }

    /** The job of the same service that was queued longest, which is the one a worker took first. */
    private @Nullable QueueJob takeJobOf(ServiceRef owner, Map<String, QueueJob> stillQueued) {
        QueueJob oldest = null;
        for (QueueJob job : jobs.values()) {
            if (owner(job).equals(Optional.of(owner)) && (!stillQueued.containsKey(key(job))
                    || stillQueued.get(key(job)).startedAt().isPresent())) {
                if (oldest == null || job.queuedAt().orElse(Instant.MAX).isBefore(oldest.queuedAt()
                        .orElse(Instant.MAX))) {
                    oldest = job;
                }
            }
        }
        return oldest;
    }

    private static String key(QueueJob job) {
        return job.id() + "@" + job.queuedAt().map(Instant::toEpochMilli).orElse(0L);
    }

    private static Optional<ServiceRef> owner(QueueJob job) {
        return job.data().previewDeploymentId().map(id -> new ServiceRef(ServiceType.PREVIEW_DEPLOYMENT, id))
                .or(() -> job.data().composeId().map(id -> new ServiceRef(ServiceType.COMPOSE, id)))
                .or(() -> job.data().applicationId().map(id -> new ServiceRef(ServiceType.APPLICATION, id)));
    }

    private static Optional<ServiceRef> owner(Deployment row) {
        return row.previewDeploymentId().map(id -> new ServiceRef(ServiceType.PREVIEW_DEPLOYMENT, id))
                .or(() -> row.composeId().map(id -> new ServiceRef(ServiceType.COMPOSE, id)))
                .or(() -> row.applicationId().map(id -> new ServiceRef(ServiceType.APPLICATION, id)));
    }

    /** The synchronous view. */
    private final class SyncView implements DeploymentWatch {
        @Override
        public boolean isRunning() {
            return OrganisationWatcher.this.isRunning();
        }

        @Override
        public Optional<DokployException> failure() {
            return OrganisationWatcher.this.failure();
        }

        @Override
        public boolean awaitStopped(Duration timeout) {
            Arguments.requireNonNull(timeout, "timeout");
            try {
                stopped.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
                return true;
            } catch (TimeoutException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DokployTransportException("interrupted while waiting for the watch to stop; it goes on",
                        DokployTransportException.Kind.INTERRUPTED, null, e);
            } catch (ExecutionException e) {
                throw (DokployException) e.getCause();
            }
        }

        @Override
        public AsyncDeploymentWatch async() {
            return OrganisationWatcher.this;
        }

        @Override
        public void close() {
            OrganisationWatcher.this.close();
        }

        @Override
        public String toString() {
            return OrganisationWatcher.this.toString();
        }
    }

    @Override
    public String toString() {
        return "DeploymentWatch{every " + interval.toMillis() + " ms, " + (isRunning() ? "running" : "stopped") + "}";
    }
}
