package io.github.dokploy4j.error;

import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.DeploymentPhase;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A wait for a deployment ran out of time. The deployment itself goes on; {@link #phase()} and {@link #deployment()}
 * say where it was last seen.
 */
public class DeploymentTimeoutException extends DeploymentException {
    private static final long serialVersionUID = 1L;

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
        super(message, phase, deployment);
        this.timeout = timeout;
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
