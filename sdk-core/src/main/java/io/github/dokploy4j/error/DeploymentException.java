package io.github.dokploy4j.error;

import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.DeploymentPhase;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A wait for a deployment did not end in success: it failed ({@link DeploymentFailedException}) or ran out of time
 * ({@link DeploymentTimeoutException}). Both say where the deployment was last seen.
 */
public abstract class DeploymentException extends DokployException {
    private static final long serialVersionUID = 1L;

    private final DeploymentPhase phase;
    private final transient @Nullable Deployment deployment;

    /**
     * Creates the exception.
     *
     * @param message what happened
     * @param phase the last phase seen
     * @param deployment the last row seen, or {@code null} when there was none
     */
    protected DeploymentException(String message, DeploymentPhase phase, @Nullable Deployment deployment) {
        super(message);
        this.phase = phase;
        this.deployment = deployment;
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
     * @return the row, or empty when the deployment never had one (its job was dropped or lost)
     */
    public Optional<Deployment> deployment() {
        return Optional.ofNullable(deployment);
    }
}
