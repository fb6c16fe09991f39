package io.github.dokploy4j.testkit;

/** Where a {@link ScriptedBuild} stands. */
public enum BuildState {
    /** Scripted, but no worker has taken a job for the service yet (the job may be waiting in the queue). */
    PENDING,
    /** The worker took the job: the deployment row exists with status {@code running}. */
    RUNNING,
    /** Running and stopped at {@link BuildScript#awaitRelease()} until {@link ScriptedBuild#release()}. */
    HELD,
    /** Finished: deployment {@code done}. */
    SUCCEEDED,
    /** Finished: deployment {@code error} (the script failed, or {@code killBuild} stopped it). */
    FAILED,
    /** The fake restarted while the build ran: deployment {@code cancelled}. */
    CANCELLED;

    boolean isFinished() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}
