package io.github.dokploy4j.deployment;

/** What {@link DeploymentHandle#cancel} did. */
public enum CancelOutcome {
    /** The job was still waiting and was dropped from the queue ({@code cleanQueues}); no row will appear. */
    DROPPED_FROM_QUEUE,
    /** The build was killed ({@code killBuild}); its row will end {@code error}. */
    BUILD_KILLED,
    /** A schedule run's process was killed ({@code killProcess}); its row ended {@code error}, not cancelled. */
    PROCESS_KILLED,
    /** Dokploy Cloud accepted the cancellation ({@code cancelDeployment}); it marks the deployment {@code done}. */
    CANCELLATION_REQUESTED,
    /** The deployment had already ended; nothing was sent. */
    ALREADY_FINISHED
}
