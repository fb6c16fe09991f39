package io.github.dokploy4j.preview;

import io.github.dokploy4j.deployment.AsyncDeploymentHandle;
import io.github.dokploy4j.deployment.DeployRequest;
import java.util.concurrent.CompletableFuture;

/** Redeploying preview deployments, asynchronously; see {@link PreviewDeployments}. */
public interface AsyncPreviewDeployments {
    /**
     * See {@link PreviewDeployments#redeploy(String)}.
     *
     * @param previewDeploymentId the preview deployment
     * @return the handle, once the rebuild is queued
     */
    CompletableFuture<AsyncDeploymentHandle> redeploy(String previewDeploymentId);

    /**
     * See {@link PreviewDeployments#redeploy(DeployRequest)}.
     *
     * @param request the preview deployment and the row's title and description
     * @return the handle
     */
    CompletableFuture<AsyncDeploymentHandle> redeploy(DeployRequest request);
}
