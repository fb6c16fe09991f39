package io.github.dokploy4j.internal.lifecycle;

import io.github.dokploy4j.deployment.DeployRequest;
import io.github.dokploy4j.deployment.DeploymentHandle;
import io.github.dokploy4j.internal.call.Await;
import io.github.dokploy4j.preview.AsyncPreviewDeployments;
import io.github.dokploy4j.preview.PreviewDeployments;

/** The synchronous preview service. */
public final class DefaultPreviewDeployments implements PreviewDeployments {
    private final AsyncPreviewDeployments async;

    /**
     * Creates the service.
     *
     * @param async the asynchronous service of the same client view
     */
    public DefaultPreviewDeployments(AsyncPreviewDeployments async) {
        this.async = async;
    }

    @Override
    public DeploymentHandle redeploy(String previewDeploymentId) {
        return Await.result(async.redeploy(previewDeploymentId)).sync();
    }

    @Override
    public DeploymentHandle redeploy(DeployRequest request) {
        return Await.result(async.redeploy(request)).sync();
    }
}
