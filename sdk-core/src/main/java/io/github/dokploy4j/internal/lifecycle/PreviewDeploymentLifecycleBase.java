package io.github.dokploy4j.internal.lifecycle;

import io.github.dokploy4j.deployment.DeployRequest;
import io.github.dokploy4j.deployment.DeploymentHandle;
import io.github.dokploy4j.internal.call.Await;
import io.github.dokploy4j.preview.AsyncPreviewDeploymentLifecycle;
import io.github.dokploy4j.preview.PreviewDeploymentLifecycle;

/** The hand-written part of the synchronous {@code previewDeployment.*} service, which the generated one extends. */
public class PreviewDeploymentLifecycleBase implements PreviewDeploymentLifecycle {
    private final AsyncPreviewDeploymentLifecycle async;

    /**
     * Creates the service.
     *
     * @param context the client view's life-cycle context
     */
    public PreviewDeploymentLifecycleBase(LifecycleContext context) {
        this.async = new AsyncPreviewDeploymentLifecycleBase(context);
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
