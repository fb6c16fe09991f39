package io.github.dokploy4j.internal.lifecycle;

import static io.github.dokploy4j.internal.call.Arguments.requireId;
import static io.github.dokploy4j.internal.call.Arguments.requireNonNull;

import io.github.dokploy4j.deployment.AsyncDeploymentHandle;
import io.github.dokploy4j.deployment.DeployRequest;
import io.github.dokploy4j.preview.AsyncPreviewDeployments;
import java.util.concurrent.CompletableFuture;

/** Preview redeploys over the same {@link Deployer} as applications and compose services. */
public final class DefaultAsyncPreviewDeployments implements AsyncPreviewDeployments {
    private final Deployer deployer;

    /**
     * Creates the service.
     *
     * @param context the client view's life-cycle context
     */
    public DefaultAsyncPreviewDeployments(LifecycleContext context) {
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
