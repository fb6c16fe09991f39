package io.github.dokploy4j.error;

import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.DeploymentPhase;
import org.jspecify.annotations.Nullable;

/**
 * A deployment did not succeed: it ended {@code error} or {@code cancelled}, its job left the queue without ever
 * producing a row (the server restarted and lost its queue, or the queue was cleaned), or its row was removed.
 * {@link #phase()} says which.
 */
public class DeploymentFailedException extends DeploymentException {
    private static final long serialVersionUID = 1L;

    private final String lastLogLines;

    /**
     * Creates the exception.
     *
     * @param message what happened
     * @param phase the phase the deployment ended in
     * @param deployment the last row seen, or {@code null} when there never was one
     * @param lastLogLines the last lines of its log, possibly empty
     */
    public DeploymentFailedException(String message, DeploymentPhase phase, @Nullable Deployment deployment,
            String lastLogLines) {
        super(message, phase, deployment);
        this.lastLogLines = lastLogLines;
    }

    /**
     * Returns the last lines of the deployment's log ({@code readLogs}), to show why it failed.
     *
     * @return the lines, empty when there is no log or it could not be read
     */
    public String lastLogLines() {
        return lastLogLines;
    }
}
