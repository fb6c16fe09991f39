package io.github.dokploy4j.error;

import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.DeploymentPhase;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A deployment did not succeed: it ended {@code error} or {@code cancelled}, its job left the queue without ever
 * producing a row (the server restarted and lost its queue, or the queue was cleaned), or its row was removed.
 */
public class DeploymentFailedException extends DokployException {
    private static final long serialVersionUID = 1L;

    private final DeploymentPhase phase;
    private final transient @Nullable Deployment deployment;
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
        super(message);
        this.phase = phase;
        this.deployment = deployment;
        this.lastLogLines = lastLogLines;
    }

    /**
     * Returns the phase the deployment ended in.
     *
     * @return e.g. {@link DeploymentPhase#ERROR}
     */
    public DeploymentPhase phase() {
        return phase;
    }

    /**
     * Returns the deployment's last row.
     *
     * @return the row, or empty when the job never produced one
     */
    public Optional<Deployment> deployment() {
        return Optional.ofNullable(deployment);
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
