package io.github.dokploy4j.internal.lifecycle;

import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.QueueJob;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds the deployment row that one deploy produced, from what the polls show; see {@code DeploymentHandle} for the
 * method in prose. All times compared are the server's own ({@code timestamp}, {@code processedOn},
 * {@code createdAt}), never the client's. Not thread-safe: the tracker calls it under its lock.
 */
final class Correlator {
    /** How far a row's {@code createdAt} may lie from its job's {@code processedOn}: the worker inserts it at once. */
    static final Duration TAKEN_TOLERANCE = Duration.ofSeconds(2);

    private final ServiceRef service;
    private final Marker marker;
    private final Set<String> existingIds;
    private @Nullable QueueJob ownJob;
    private boolean ownJobQueued;
    private boolean serviceJobsQueued;
    private final Map<String, QueueJob> otherJobs = new LinkedHashMap<>();
    private final Set<String> queuedBefore = new HashSet<>();
    private final Set<String> listedBefore = new HashSet<>();

    /**
     * Starts matching for one deploy.
     *
     * @param service the deployed service
     * @param marker the deploy's marker
     * @param existingIds the service's deployment ids listed just before the deploy
     * @param queueBefore the queue read just before the deploy (empty when unknown): this service's waiting jobs in
     *     it were queued ahead of the deploy, so their rows come first
     */
    Correlator(ServiceRef service, Marker marker, Set<String> existingIds, List<QueueJob> queueBefore) {
        this.service = service;
        this.marker = marker;
        this.existingIds = Set.copyOf(existingIds);
        for (QueueJob job : queueBefore) {
            if (service.owns(job)) {
                listedBefore.add(key(job));
                if (job.startedAt().isEmpty()) {
                    otherJobs.put(key(job), job);
                    queuedBefore.add(key(job));
                }
            }
        }
    }

    /** Whether the rows hold this deploy's tagged row: then the queue need not be read. Reads final fields only. */
    boolean tagIn(List<Deployment> rows) {
        return rows.stream().anyMatch(row -> !existingIds.contains(row.deploymentId()) && marker.isIn(row));
    }

    /** A job's identity: job ids restart with the server, so a job is known by its id and its queue time. */
    static String key(QueueJob job) {
        return job.id() + "@" + job.queuedAt().map(Instant::toEpochMilli).orElse(0L);
    }

    /**
     * Takes in one read of the queue; returns this deploy's job when it is in it. Without a tag, the job is the first
     * of the service queued after those listed before the deploy (jobs of one service run first in, first out),
     * preferring one with the title and description sent.
     */
    Optional<QueueJob> observeQueue(List<QueueJob> jobs) {
        ownJobQueued = false;
        serviceJobsQueued = false;
        for (QueueJob job : jobs) {
            if (!service.owns(job)) {
                continue;
            }
            serviceJobsQueued = true;
            if (marker.tags() ? marker.isIn(job) : ownJob != null && key(job).equals(key(ownJob))) {
                ownJob = job;
                ownJobQueued = true;
            } else {
                otherJobs.put(key(job), job);
            }
        }
        if (!marker.tags() && ownJob == null) {
            jobs.stream().filter(service::owns).filter(job -> !listedBefore.contains(key(job)))
                    .min(Comparator.comparing((QueueJob job) -> !marker.textIn(job))
                            .thenComparing(job -> job.queuedAt().orElse(Instant.MAX)))
                    .ifPresent(job -> {
                        ownJob = job;
                        ownJobQueued = true;
                        otherJobs.remove(key(job));
                    });
        }
        return ownJobQueued ? Optional.ofNullable(ownJob) : Optional.empty();
    }

    boolean ownJobSeen() {
        return ownJob != null;
    }

    /**
     * Whether the last read of the queue held any job of this service. A job whose marker the server did not keep
     * would be among them, so the own job's absence means something only when there are none.
     */
    boolean serviceJobsQueued() {
        return serviceJobsQueued;
    }

    /**
     * Finds this deploy's row among the service's rows.
     *
     * @param rows the service's deployments, newest first
     * @param queueKnown whether the queue was read just before the rows (it is unknown on servers before v0.28.3)
     */
    Optional<Deployment> match(List<Deployment> rows, boolean queueKnown) {
        List<Deployment> fresh = new ArrayList<>();
        for (Deployment row : rows) {
            if (existingIds.contains(row.deploymentId()) || !service.owns(row)) {
                continue;
            }
            if (marker.isIn(row)) {
                return Optional.of(row);
            }
            if (!Marker.anyIn(row)) {
                fresh.add(row);
            }
        }
        if (fresh.isEmpty()) {
            return Optional.empty();
        }
        fresh.sort(Comparator.comparing(Deployment::createdAt));
        // another job's row is the service's row closest to the moment it was taken, among all its rows: one that
        // existed before this deploy is no candidate anyway, and must not make a neighbour look like that job's
        List<Deployment> serviceRows = rows.stream().filter(service::owns).toList();
        for (QueueJob other : otherJobs.values()) {
            other.startedAt().flatMap(taken -> closest(serviceRows, taken)).ifPresent(fresh::remove);
        }
        Optional<Instant> taken = ownJob == null ? Optional.empty() : ownJob.startedAt();
        if (taken.isPresent()) {
            return closest(fresh, taken.get());
        }
        if (!queueKnown) {
            // without the queue a fresh unmarked row may still belong to another deploy that is running now; only a
            // finished one can be a renamed build of this deploy, or one that still carries the text sent untagged
            return fresh.size() == 1 && (fresh.get(0).status().isTerminal() || marker.textIn(fresh.get(0)))
                    ? Optional.of(fresh.get(0)) : Optional.empty();
        }
        if (ownJobQueued) {
            return Optional.empty(); // still waiting: no row can be this deploy's yet
        }
        return firstInQueueOrder(fresh);
    }

    /**
     * The job left the queue without its row being seen with the marker: rows are created in queue order (first in,
     * first out), so skip the rows of the jobs known to be ahead of this one that were never seen taken (their rows,
     * had they been, were set aside by their {@code processedOn}).
     */
    private Optional<Deployment> firstInQueueOrder(List<Deployment> fresh) {
        Optional<Instant> queuedAt = ownJob == null ? Optional.empty() : ownJob.queuedAt();
        long ahead = otherJobs.entrySet().stream()
                .filter(other -> other.getValue().startedAt().isEmpty())
                .filter(other -> queuedBefore.contains(other.getKey()) || queuedAt.isPresent()
                        && other.getValue().queuedAt().filter(t -> t.isBefore(queuedAt.get())).isPresent())
                .count();
        List<Deployment> after = queuedAt.map(t -> fresh.stream().filter(row -> !row.createdAt().isBefore(t))
                .toList()).orElse(fresh);
        return after.size() > ahead ? Optional.of(after.get((int) ahead)) : Optional.empty();
    }

    private static Optional<Deployment> closest(List<Deployment> rows, Instant taken) {
        return rows.stream()
                .filter(row -> Duration.between(taken, row.createdAt()).abs().compareTo(TAKEN_TOLERANCE) <= 0)
                .min(Comparator.comparing(row -> Duration.between(taken, row.createdAt()).abs()));
    }
}
