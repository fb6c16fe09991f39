package io.github.dokploy4j.internal.lifecycle;

import static io.github.dokploy4j.internal.call.Arguments.requireId;
import static io.github.dokploy4j.internal.call.Arguments.requireNonNull;

import io.github.dokploy4j.deployment.AsyncDeploymentHandle;
import io.github.dokploy4j.deployment.DeployRequest;
import io.github.dokploy4j.preview.AsyncPreviewDeploymentLifecycle;
import java.util.concurrent.CompletableFuture;

/**
 * Preview redeploys over the same {@link Deployer} as applications and compose services: the hand-written part of the
 * asynchronous {@code previewDeployment.*} service, which the generated one extends.
 */
public class AsyncPreviewDeploymentLifecycleBase implements AsyncPreviewDeploymentLifecycle {
    private final Deployer deployer;

    /**
     * Creates the service.
     *
     * @param context the client view's life-cycle context
     */
    public AsyncPreviewDeploymentLifecycleBase(LifecycleContext context) {
        this.deployer = new Deployer(context);
    }

    @Override
    public CompletableFuture<AsyncDeploymentHandle> redeploy(String previewDeploymentId) {
        return redeploy(DeployRequest.of(requireId(previewDeploymentId, "previewDeploymentId")));
    }

    @Override
    public CompletableFuture<AsyncDeploymentHandle> redeploy(DeployRequest request) {
        return deployer.trigger(DeployTarget.PREVIEW, true, requireNonNull(request, "request"));
    }
}
