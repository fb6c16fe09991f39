package io.github.dokploy4j.compose;

import io.github.dokploy4j.deployment.DeployRequest;
import io.github.dokploy4j.deployment.DeploymentHandle;

/**
 * The hand-written part of {@link Compose}: deploying compose services with a handle that follows the deployment, and
 * the ways the server offers to stop builds ({@code compose.deploy}, {@code redeploy}, {@code killBuild},
 * {@code cleanQueues}, {@code cancelDeployment}). See {@link DeploymentHandle} for how a deploy is followed.
 */
public interface ComposeLifecycle {
    /**
     * Queues a deploy of the compose service ({@code compose.deploy}) and returns a handle that finds and follows the
     * deployment it produces. The server returns no deployment id: the handle finds it (see
     * {@link DeploymentHandle}). The call is never repeated, so a deploy is never queued twice.
     *
     * @param composeId the compose service
     * @return the handle, in phase {@code QUEUED}
     * @throws io.github.dokploy4j.error.NotFoundException when the compose service does not exist
     */
    DeploymentHandle deploy(String composeId);

    /**
     * Queues a deploy with a title and description; see {@link #deploy(String)}.
     *
     * @param request the compose service and the row's title and description
     * @return the handle
     */
    DeploymentHandle deploy(DeployRequest request);

    /**
     * Queues a rebuild without fetching the source again ({@code compose.redeploy}); see {@link #deploy(String)}.
     *
     * @param composeId the compose service
     * @return the handle
     */
    DeploymentHandle redeploy(String composeId);

    /**
     * Queues a rebuild with a title and description; see {@link #redeploy(String)}.
     *
     * @param request the compose service and the row's title and description
     * @return the handle
     */
    DeploymentHandle redeploy(DeployRequest request);

    /**
     * Kills the running builds ({@code compose.killBuild}): the server runs {@code pkill} on <em>every</em>
     * {@code docker compose} process of the compose service's deploy host, not just this compose service's, and leaves the deployment rows to
     * end {@code error} on their own.
     *
     * @param composeId the compose service
     */
    void killBuild(String composeId);

    /**
     * Drops the compose service's <em>waiting</em> jobs from the build queue ({@code compose.cleanQueues}); a running build
     * goes on.
     *
     * @param composeId the compose service
     */
    void cleanQueues(String composeId);

    /**
     * Asks Dokploy Cloud to cancel the compose service's deployment ({@code compose.cancelDeployment}); the cloud marks one
     * of the compose service's deployments {@code done}. Self-hosted servers always answer 400
     * {@code "Deployment cancellation only available in cloud version"}.
     *
     * @param composeId the compose service
     * @throws io.github.dokploy4j.error.BadRequestException on a self-hosted server
     */
    void cancelDeployment(String composeId);
}
