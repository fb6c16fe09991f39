package io.github.dokploy4j.deployment;

/**
 * Consent to the side effects of cancelling, which Dokploy cannot limit to one deployment
 * ({@link DeploymentHandle#cancel}). Without the matching consent, cancel refuses before sending anything.
 */
public enum CancelOption {
    /**
     * A queued job can only be dropped with {@code cleanQueues}, which drops <em>every</em> waiting job of the
     * service (for an application, its preview deployments' jobs too).
     */
    DROP_ALL_WAITING_JOBS_OF_SERVICE,
    /**
     * A running application or compose build can only be stopped with {@code killBuild}, which kills <em>every</em>
     * build of that kind ({@code docker build} or {@code docker compose}) on the service's deploy host.
     */
    KILL_ALL_BUILDS_ON_HOST
}
