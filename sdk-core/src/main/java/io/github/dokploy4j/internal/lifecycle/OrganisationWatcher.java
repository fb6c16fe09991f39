package io.github.dokploy4j.internal.lifecycle;

import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.DeploymentEvent;
import io.github.dokploy4j.deployment.DeploymentEventListener;
import io.github.dokploy4j.deployment.DeploymentPhase;
import io.github.dokploy4j.deployment.DeploymentWatch;
import io.github.dokploy4j.deployment.QueueJob;
import io.github.dokploy4j.deployment.ServiceType;
import io.github.dokploy4j.error.DokployApiException;
import io.github.dokploy4j.error.DokployException;
import io.github.dokploy4j.internal.call.PollFailures;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import io.github.dokploy4j.internal.SdkLoggers;

/**
 * Polls the organisation's deployments ({@code allCentralized}) and the build queue ({@code queueList}) and reports
 * each deployment's phase transitions once. The first poll is the baseline and reports nothing. Queue jobs count only
 * when their {@code servicePath.href} is set: a self-hosted queue lists every organisation's jobs, and only the
 * caller's carry a link. Job ids restart with the server, so a job is known by its id and its queue time.
 */
final class OrganisationWatcher implements DeploymentWatch {
    private static final Logger LOG = SdkLoggers.LIFECYCLE;

    private final LifecycleContext context;
    private final Duration interval;
    private final DeploymentEventListener listener;

    private final Map<String, QueueJob> jobs = new LinkedHashMap<>();
    private final Map<String, Deployment> rows = new HashMap<>();
    private boolean baseline = true;
    private boolean queueReadable = true;
    private boolean running = true;
    private @Nullable DokployException failure;
    private @Nullable CompletableFuture<?> inFlight;

    OrganisationWatcher(LifecycleContext context, Duration interval, DeploymentEventListener listener) {
        this.context = context;
        this.interval = interval;
        this.listener = listener;
    }

    void start() {
        poll();
    }

    @Override
    public synchronized boolean isRunning() {
        return running;
    }

    @Override
    public synchronized Optional<DokployException> failure() {
        return Optional.ofNullable(failure);
    }

    @Override
    public void close() {
        CompletableFuture<?> pending;
        synchronized (this) {
            running = false;
            pending = inFlight;
        }
        if (pending != null) {
            pending.cancel(true);
        }
    }

    private void poll() {
        boolean readQueue;
        synchronized (this) {
            if (!running) {
                return;
            }
            readQueue = queueReadable;
        }
        CompletableFuture<Optional<List<QueueJob>>> queue = readQueue
                ? context.deployments().queueList().thenApply(Optional::of).exceptionally(this::withoutQueue)
                : CompletableFuture.completedFuture(Optional.empty());
        CompletableFuture<List<DeploymentEvent>> cycle = queue.thenCompose(
                seen -> context.deployments().allCentralized().thenApply(all -> compare(seen, all)));
        synchronized (this) {
            inFlight = cycle;
        }
        cycle.whenComplete((events, error) -> {
            if (error != null) {
                Throwable cause = error instanceof CompletionException && error.getCause() != null
                        ? error.getCause() : error;
                if (cause instanceof CancellationException) {
                    return;
                }
                if (!keepGoingAfter(cause)) {
                    return;
                }
            } else {
                deliver(events);
            }
            scheduleNext();
        });
    }

    private Optional<List<QueueJob>> withoutQueue(Throwable error) {
        if (QueueReads.meansNoQueue(error)) {
            synchronized (this) {
                queueReadable = false;
            }
            return Optional.empty();
        }
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        throw cause instanceof RuntimeException ? (RuntimeException) cause : new CompletionException(cause);
    }


    private boolean keepGoingAfter(Throwable cause) {
        if (PollFailures.isPermanent(cause)) {
            LOG.error("the deployment watch stops: {}", cause.getMessage());
            synchronized (this) {
                running = false;
                failure = (DokployApiException) cause;
            }
            return false;
        }
        LOG.warn("a deployment watch poll failed; trying again in {} ms: {}", interval.toMillis(), cause.toString());
        return true;
    }

    private void scheduleNext() {
        CompletableFuture<Void> wait = context.delayer().delay(interval);
        synchronized (this) {
            if (!running) {
                return;
            }
            inFlight = wait;
        }
        wait.thenRun(this::poll);
    }

    /** Compares one poll with the last; returns the transitions, in the order they are best read. */
    private synchronized List<DeploymentEvent> compare(Optional<List<QueueJob>> queue, List<Deployment> all) {
        Instant now = context.clock().instant();
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

    private void deliver(List<DeploymentEvent> events) {
        for (DeploymentEvent event : events) {
            synchronized (this) {
                if (!running) {
                    return;
                }
            }
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                LOG.warn("a deployment event listener failed on {}", event, e);
            }
        }
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
}
