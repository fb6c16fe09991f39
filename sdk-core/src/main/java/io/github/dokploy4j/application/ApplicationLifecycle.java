package io.github.dokploy4j.application;

import io.github.dokploy4j.deployment.DeployRequest;
import io.github.dokploy4j.deployment.DeploymentHandle;

/**
 * The hand-written part of {@link Applications}: deploying applications with a handle that follows the deployment, and
 * the ways the server offers to stop builds ({@code application.deploy}, {@code redeploy}, {@code killBuild},
 * {@code cleanQueues}, {@code cancelDeployment}). See {@link DeploymentHandle} for how a deploy is followed.
 */
public interface ApplicationLifecycle {
    /**
     * Queues a deploy of the application ({@code application.deploy}) and returns a handle that finds and follows the
     * deployment it produces. The server returns no deployment id: the handle finds it (see
     * {@link DeploymentHandle}). The call is never repeated, so a deploy is never queued twice.
     *
     * @param applicationId the application
     * @return the handle, in phase {@code QUEUED}
     * @throws io.github.dokploy4j.error.NotFoundException when the application does not exist
     */
    DeploymentHandle deploy(String applicationId);

    /**
     * Queues a deploy with a title and description; see {@link #deploy(String)}.
     *
     * @param request the application and the row's title and description
     * @return the handle
     */
    DeploymentHandle deploy(DeployRequest request);

    /**
     * Queues a rebuild without fetching the source again ({@code application.redeploy}); see {@link #deploy(String)}.
     *
     * @param applicationId the application
     * @return the handle
     */
    DeploymentHandle redeploy(String applicationId);

    /**
     * Queues a rebuild with a title and description; see {@link #redeploy(String)}.
     *
     * @param request the application and the row's title and description
     * @return the handle
     */
    DeploymentHandle redeploy(DeployRequest request);

    /**
     * Kills the running builds ({@code application.killBuild}): the server runs {@code pkill} on <em>every</em>
     * {@code docker build} process of the application's deploy host, not just this application's, and leaves the deployment rows to
     * end {@code error} on their own.
     *
     * @param applicationId the application
     */
    void killBuild(String applicationId);

    /**
     * Drops the application's <em>waiting</em> jobs from the build queue ({@code application.cleanQueues}); a running build
     * goes on.
     *
     * @param applicationId the application
     */
    void cleanQueues(String applicationId);

    /**
     * Asks Dokploy Cloud to cancel the application's deployment ({@code application.cancelDeployment}); the cloud marks one
     * of the application's deployments {@code done}. Self-hosted servers always answer 400
     * {@code "Deployment cancellation only available in cloud version"}.
     *
     * @param applicationId the application
     * @throws io.github.dokploy4j.error.BadRequestException on a self-hosted server
     */
    void cancelDeployment(String applicationId);
}
