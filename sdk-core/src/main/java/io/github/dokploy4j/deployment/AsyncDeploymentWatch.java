package io.github.dokploy4j.deployment;

import io.github.dokploy4j.error.DokployException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous view of a {@link DeploymentWatch}: its end as a {@link CompletableFuture}. Events and the future's
 * completion run on the client's executor.
 */
public interface AsyncDeploymentWatch extends AutoCloseable {
    /**
     * Tells whether the watch still polls.
     *
     * @return {@code false} once closed, or stopped by a failure
     */
    boolean isRunning();

    /**
     * Returns the failure that stopped the watch; see {@link DeploymentWatch#failure()}.
     *
     * @return the failure, or empty
     */
    Optional<DokployException> failure();

    /**
     * Returns the watch's end: completed when it is closed, failed with what stopped it otherwise. Cancelling it
     * closes the watch.
     *
     * @return the end
     */
    CompletableFuture<Void> stopped();

    /**
     * Returns the synchronous view of the same watch.
     *
     * @return the synchronous watch
     */
    DeploymentWatch sync();

    /** Stops polling; see {@link DeploymentWatch#close()}. */
    @Override
    void close();
}
