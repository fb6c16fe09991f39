package io.github.dokploy4j.error;

import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.DeploymentPhase;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A wait for a deployment ran out of time. The deployment itself goes on; the exception says where it was. */
public class DeploymentTimeoutException extends DokployException {
    private static final long serialVersionUID = 1L;

    private final DeploymentPhase phase;
    private final transient @Nullable Deployment deployment;
    private final Duration timeout;

    /**
     * Creates the exception.
     *
     * @param message what was waited for
     * @param phase the last phase seen
     * @param deployment the last row seen, or {@code null}
     * @param timeout the time that ran out
     */
    public DeploymentTimeoutException(String message, DeploymentPhase phase, @Nullable Deployment deployment,
            Duration timeout) {
        super(message);
        this.phase = phase;
        this.deployment = deployment;
        this.timeout = timeout;
    }

    /**
     * Returns the last phase seen.
     *
     * @return the phase
     */
    public DeploymentPhase phase() {
        return phase;
    }

    /**
     * Returns the last row seen.
     *
     * @return the row, or empty when none was seen
     */
    public Optional<Deployment> deployment() {
        return Optional.ofNullable(deployment);
    }

    /**
     * Returns how long was waited.
     *
     * @return the timeout
     */
    public Duration timeout() {
        return timeout;
    }
}
