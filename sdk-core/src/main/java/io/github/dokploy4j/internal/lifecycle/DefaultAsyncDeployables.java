package io.github.dokploy4j.internal.lifecycle;

import static io.github.dokploy4j.internal.call.Arguments.requireId;
import static io.github.dokploy4j.internal.call.Arguments.requireNonNull;

import io.github.dokploy4j.application.AsyncApplications;
import io.github.dokploy4j.compose.AsyncCompose;
import io.github.dokploy4j.deployment.AsyncDeploymentHandle;
import io.github.dokploy4j.deployment.DeployRequest;
import java.util.concurrent.CompletableFuture;

/**
 * Applications and compose services have the same procedures under their own router, so one class serves both
 * interfaces, bound to its {@link DeployTarget}.
 */
public final class DefaultAsyncDeployables implements AsyncApplications, AsyncCompose {
    private final LifecycleContext context;
    private final DeployTarget target;
    private final Deployer deployer;

    private DefaultAsyncDeployables(LifecycleContext context, DeployTarget target) {
        this.context = context;
        this.target = target;
        this.deployer = new Deployer(context);
    }

    /**
     * The applications service.
     *
     * @param context the client view's life-cycle context
     * @return the service
     */
    public static DefaultAsyncDeployables applications(LifecycleContext context) {
        return new DefaultAsyncDeployables(context, DeployTarget.APPLICATION);
    }

    /**
     * The compose service.
     *
     * @param context the client view's life-cycle context
     * @return the service
     */
    public static DefaultAsyncDeployables compose(LifecycleContext context) {
        return new DefaultAsyncDeployables(context, DeployTarget.COMPOSE);
    }

    @Override
    public CompletableFuture<AsyncDeploymentHandle> deploy(String serviceId) {
        return deploy(DeployRequest.of(requireId(serviceId, target.idField())));
    }

    @Override
    public CompletableFuture<AsyncDeploymentHandle> deploy(DeployRequest request) {
        return deployer.trigger(target, false, requireNonNull(request, "request"));
    }

    @Override
    public CompletableFuture<AsyncDeploymentHandle> redeploy(String serviceId) {
        return redeploy(DeployRequest.of(requireId(serviceId, target.idField())));
    }

    @Override
    public CompletableFuture<AsyncDeploymentHandle> redeploy(DeployRequest request) {
        return deployer.trigger(target, true, requireNonNull(request, "request"));
    }

    @Override
    public CompletableFuture<Void> killBuild(String serviceId) {
        return context.caller().callAsync(target.killBuild, target.idBody(requireId(serviceId, target.idField())));
    }

    @Override
    public CompletableFuture<Void> cleanQueues(String serviceId) {
        return context.caller().callAsync(target.cleanQueues, target.idBody(requireId(serviceId, target.idField())));
    }

    @Override
    public CompletableFuture<Void> cancelDeployment(String serviceId) {
        return context.caller().callAsync(target.cancelDeployment, target.idBody(requireId(serviceId,
                target.idField())));
    }
}
