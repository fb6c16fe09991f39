package io.github.dokploy4j.internal.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dokploy4j.deployment.DeploymentPhase;
import io.github.dokploy4j.deployment.QueueJob;
import io.github.dokploy4j.error.DeploymentFailedException;
import io.github.dokploy4j.internal.call.Procedure;
import io.github.dokploy4j.internal.call.QueryEncoder;
import io.github.dokploy4j.internal.call.ResponseDecoders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Tells a deploy whose job was lost (a restart emptied the queue, or {@code cleanQueues} dropped it) from one that
 * still waits, while it has no row. Where the queue can be read: its job left the queue without a row, two reads in
 * a row. Where it cannot (before v0.28.3): once the job waited {@link #PROBE_AFTER} without a row, the server is asked
 * whether anything builds ({@code project.all}, see {@link BuildingServices}), at most every {@link #PROBE_EVERY};
 * two answers of "nothing" in a row.
 */
final class LostJobCheck {
    /** Reads of the queue in a row without the job and without a row before the job counts as lost. */
    private static final int ABSENT_READS_BEFORE_LOST = 2;
    /** Without a queue: how long a job may go without a row before the server is asked whether anything builds. */
    static final Duration PROBE_AFTER = Duration.ofSeconds(30);
    /** Without a queue: the least time between two such questions. */
    static final Duration PROBE_EVERY = Duration.ofSeconds(10);
    private static final Procedure<Void, JsonNode> PROJECT_ALL =
            Procedure.query("project.all", QueryEncoder.none(), ResponseDecoders.tree());

    private final LifecycleContext context;
    private final ServiceRef service;
    private final Instant deployedAt;
    private int absentReads;
    private int idleProbes;
    private @Nullable Instant lastProbe;

    LostJobCheck(LifecycleContext context, ServiceRef service) {
        this.context = context;
        this.service = service;
        this.deployedAt = context.runtime().clock().instant();
    }

    /**
     * Asks the server whether anything builds, when it is time to: only where the queue could not be read.
     *
     * @param queue the queue read with the same poll, empty when there is none to read
     * @return the answer, empty when not asked or when the question failed
     */
    CompletableFuture<Optional<Boolean>> probe(Optional<List<QueueJob>> queue) {
        if (queue.isPresent() || !probeDue()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return context.caller().callAsync(PROJECT_ALL, null).handle((projects, error) -> error == null
                ? Optional.of(BuildingServices.anyIn(projects)) : Optional.empty());
    }

    private synchronized boolean probeDue() {
        Instant now = context.runtime().clock().instant();
        if (Duration.between(deployedAt, now).compareTo(PROBE_AFTER) < 0
                || lastProbe != null && Duration.between(lastProbe, now).compareTo(PROBE_EVERY) < 0) {
            return false;
        }
        lastProbe = now;
        return true;
    }

    /**
     * Takes in a poll that found no row of the deploy.
     *
     * @param queueKnown whether the poll read the queue
     * @param jobAbsent whether the queue it read shows that the job left it
     * @param building the server's answer to whether anything builds, when it was asked
     * @return the failure when the job counts as lost now, else {@code null}
     */
    synchronized @Nullable DeploymentFailedException observe(boolean queueKnown, boolean jobAbsent,
            Optional<Boolean> building) {
        if (!jobAbsent && queueKnown) {
            absentReads = 0;
        } else if (jobAbsent && ++absentReads >= ABSENT_READS_BEFORE_LOST) {
            return lost("the deploy of " + service + " left the queue without producing a deployment: the server"
                    + " restarted and lost its queue, or the queue was cleaned (cleanQueues)");
        }
        idleProbes = building.isEmpty() ? idleProbes : building.get() ? 0 : idleProbes + 1;
        if (building.isPresent() && idleProbes >= 2) {
            return lost("the deploy of " + service + " produced no deployment while nothing was building on the"
                    + " server (asked twice, " + PROBE_EVERY.toSeconds() + " s apart; this server has no queue to"
                    + " read): its job was lost to a restart or a cleaned queue (cleanQueues)");
        }
        return null;
    }

    private static DeploymentFailedException lost(String message) {
        return new DeploymentFailedException(message, DeploymentPhase.QUEUED, null, "");
    }
}
