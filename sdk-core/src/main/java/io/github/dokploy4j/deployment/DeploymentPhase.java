package io.github.dokploy4j.deployment;

/**
 * Where a deployment is in its life, as the SDK observes it: {@link #QUEUED} before the server has a row for it,
 * then the row's status, and {@link #REMOVED} when its row disappears. Handles ({@link DeploymentHandle}) and
 * watches ({@link Deployments#watch}) speak this one vocabulary; their events are transitions between phases.
 */
public enum DeploymentPhase {
    /** The job waits in the build queue, or a worker has taken it but has not inserted the row yet. */
    QUEUED,
    /** The row exists with status {@code running} (or a status this SDK does not know yet). */
    RUNNING,
    /** The build succeeded ({@code done}). */
    DONE,
    /** The build failed, creating the deployment failed, or its process was killed ({@code error}). */
    ERROR,
    /**
     * The deployment was cancelled: its row says {@code cancelled} (it was running when a self-hosted server
     * restarted), or its job was dropped from the queue before it started.
     */
    CANCELLED,
    /** The row was deleted ({@code removeDeployment}, or the retention of the ten newest rows per service). */
    REMOVED;

    /**
     * Tells whether nothing more will happen to the deployment.
     *
     * @return {@code true} for {@link #DONE}, {@link #ERROR}, {@link #CANCELLED} and {@link #REMOVED}
     */
    public boolean isTerminal() {
        return this != QUEUED && this != RUNNING;
    }

    /**
     * The phase a row's status means. A {@code null} or unknown status counts as {@link #RUNNING}: the column's
     * default is {@code running}, and an unknown value is more likely a new kind of progress than an end.
     *
     * @param status the row's status
     * @return the phase
     */
    public static DeploymentPhase of(DeploymentStatus status) {
        switch (status) {
            case DONE:
                return DONE;
            case ERROR:
                return ERROR;
            case CANCELLED:
                return CANCELLED;
            case IDLE:
                return QUEUED;
            default:
                return RUNNING;
        }
    }
}
