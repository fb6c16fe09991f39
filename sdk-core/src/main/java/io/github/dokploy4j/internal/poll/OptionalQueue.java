package io.github.dokploy4j.internal.poll;

import io.github.dokploy4j.deployment.AsyncDeployments;
import io.github.dokploy4j.deployment.QueueJob;
import io.github.dokploy4j.error.DokployDecodeException;
import io.github.dokploy4j.error.NotFoundException;
import io.github.dokploy4j.internal.SdkLoggers;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The build queue, where the server has one to read. The queue only sharpens what a poller sees (which row is a
 * deploy's, whether a job was lost), so pollers go on without it: on servers before v0.28.3, which lack
 * {@code queueList} (the client remembers that and sends it no more), and when the queue rows have a shape this SDK
 * cannot read (said once per client at WARN, with the server's reason). Every other failure is a failure.
 */
public final class OptionalQueue {
    private final AsyncDeployments deployments;
    private final ServerTraits traits;

    /**
     * Creates the reader.
     *
     * @param deployments the client view's deployments service
     * @param traits what the client learnt about its server
     */
    public OptionalQueue(AsyncDeployments deployments, ServerTraits traits) {
        this.deployments = deployments;
        this.traits = traits;
    }

    /**
     * Reads the queue.
     *
     * @return the jobs, or empty when there is no queue to read
     */
    public CompletableFuture<Optional<List<QueueJob>>> read() {
        if (traits.queueUnreadable()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return deployments.queueList().handle((jobs, error) -> {
            if (error == null) {
                return Optional.of(jobs);
            }
            Throwable cause = Failures.cause(error);
            if (cause instanceof NotFoundException && ((NotFoundException) cause).isUnknownProcedure()) {
                return Optional.empty();
            }
            if (cause instanceof DokployDecodeException) {
                traits.markQueueUnreadable();
                SdkLoggers.LIFECYCLE.warn("the build queue cannot be read ({}); going on without it: deployments are"
                        + " found by their marker and the server's clock only", cause.getMessage());
                return Optional.empty();
            }
            throw Failures.rethrown(cause);
        });
    }
}
