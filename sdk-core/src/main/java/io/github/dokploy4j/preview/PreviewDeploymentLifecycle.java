package io.github.dokploy4j.preview;

import io.github.dokploy4j.deployment.DeployRequest;
import io.github.dokploy4j.deployment.DeploymentHandle;

/**
 * The hand-written part of {@link PreviewDeployments}: redeploying preview deployments (the per-pull-request builds
 * of an application) with a handle. Their deployment
 * rows carry the {@code previewDeploymentId} and no {@code applicationId}; the handle lists them with
 * {@code deployment.allByType?type=previewDeployment} (preview rows have no rollback, so no secrets travel).
 */
public interface PreviewDeploymentLifecycle {
    /**
     * Queues a rebuild of the preview ({@code previewDeployment.redeploy}, which answers {@code true}) and returns
     * a handle that follows the deployment it produces.
     *
     * @param previewDeploymentId the preview deployment
     * @return the handle
     * @throws io.github.dokploy4j.error.NotFoundException when the preview does not exist
     */
    DeploymentHandle redeploy(String previewDeploymentId);

    /**
     * Queues a rebuild with a title and description; see {@link #redeploy(String)}.
     *
     * @param request the preview deployment and the row's title and description
     * @return the handle
     */
    DeploymentHandle redeploy(DeployRequest request);
}
