package io.github.dokploy4j.deployment;

import io.github.dokploy4j.error.DokployException;
import java.time.Duration;
import java.util.Optional;

/**
 * A running watch of the organisation's deployments ({@link Deployments#watch}). Close it to stop polling. Its
 * asynchronous view is {@link #async()}.
 */
public interface DeploymentWatch extends AutoCloseable {
    /**
     * Tells whether the watch still polls.
     *
     * @return {@code false} once closed, or stopped by a failure
     */
    boolean isRunning();

    /**
     * Returns the failure that stopped the watch: a plain 401 (the key is not accepted, or out of its rate-limit
     * budget), another 4xx (a server before v0.28.3 lacks {@code allCentralized}), or 30 failed polls in a row. A
     * failed poll is logged once at INFO (further ones in a row at DEBUG) and the watch goes on.
     *
     * @return the failure, or empty while the watch runs or after a close
     */
    Optional<DokployException> failure();

    /**
     * Waits until the watch stops.
     *
     * @param timeout how long to wait at most
     * @return {@code true} when it was closed, {@code false} when it still runs after the timeout
     * @throws DokployException the failure that stopped it
     */
    boolean awaitStopped(Duration timeout);

    /**
     * Returns the asynchronous view of the same watch.
     *
     * @return the asynchronous watch
     */
    AsyncDeploymentWatch async();

    /** Stops polling. No event is delivered after this returns, except one already being delivered. */
    @Override
    void close();
}
