package io.github.dokploy4j.preview;

import io.github.dokploy4j.deployment.AsyncDeploymentHandle;
import io.github.dokploy4j.deployment.DeployRequest;
import java.util.concurrent.CompletableFuture;

/** The hand-written part of {@link AsyncPreviewDeployments}; see {@link PreviewDeploymentLifecycle}. */
public interface AsyncPreviewDeploymentLifecycle {
    /**
     * See {@link PreviewDeploymentLifecycle#redeploy(String)}.
     *
     * @param previewDeploymentId the preview deployment
     * @return the handle, once the rebuild is queued
     */
    CompletableFuture<AsyncDeploymentHandle> redeploy(String previewDeploymentId);

    /**
     * See {@link PreviewDeploymentLifecycle#redeploy(DeployRequest)}.
     *
     * @param request the preview deployment and the row's title and description
     * @return the handle
     */
    CompletableFuture<AsyncDeploymentHandle> redeploy(DeployRequest request);
}
