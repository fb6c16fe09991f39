package io.github.dokploy4j.deployment;

import io.github.dokploy4j.error.DokployException;
import java.util.Optional;

/**
 * A running watch of the organisation's deployments ({@link Deployments#watch}). Close it to stop polling.
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
     * budget) or another 4xx. Network failures and 5xx answers are logged and the watch goes on.
     *
     * @return the failure, or empty while the watch runs or after a close
     */
    Optional<DokployException> failure();

    /** Stops polling. No event is delivered after this returns, except one already being delivered. */
    @Override
    void close();
}
