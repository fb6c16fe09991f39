package io.github.dokploy4j.internal.lifecycle;

import static io.github.dokploy4j.internal.call.Arguments.requireId;
import static io.github.dokploy4j.internal.call.Arguments.requireNonNull;

import io.github.dokploy4j.deployment.AsyncDeploymentHandle;
import io.github.dokploy4j.deployment.DeployRequest;
import java.util.concurrent.CompletableFuture;

/**
 * The hand-written methods of applications and compose services, which have the same procedures under their own
 * router: one class serves both, bound to its {@link DeployTarget}. The generated services extend it through
 * {@link AsyncApplicationLifecycleBase} and {@link AsyncComposeLifecycleBase}.
 */
public class AsyncDeployables {
    private final LifecycleContext context;
    private final DeployTarget target;
    private final Deployer deployer;

    AsyncDeployables(LifecycleContext context, DeployTarget target) {
        this.context = context;
        this.target = target;
        this.deployer = new Deployer(context);
    }

    /**
     * Queues a deploy and returns a handle that follows it.
     *
     * @param serviceId the application or compose service
     * @return the handle
     */
    public CompletableFuture<AsyncDeploymentHandle> deploy(String serviceId) {
        return deploy(DeployRequest.of(requireId(serviceId, target.idField())));
    }

    /**
     * Queues a deploy with a title and description.
     *
     * @param request the service and the row's title and description
     * @return the handle
     */
    public CompletableFuture<AsyncDeploymentHandle> deploy(DeployRequest request) {
        return deployer.trigger(target, false, requireNonNull(request, "request"));
    }

    /**
     * Queues a rebuild and returns a handle that follows it.
     *
     * @param serviceId the application or compose service
     * @return the handle
     */
    public CompletableFuture<AsyncDeploymentHandle> redeploy(String serviceId) {
        return redeploy(DeployRequest.of(requireId(serviceId, target.idField())));
    }

    /**
     * Queues a rebuild with a title and description.
     *
     * @param request the service and the row's title and description
     * @return the handle
     */
    public CompletableFuture<AsyncDeploymentHandle> redeploy(DeployRequest request) {
        return deployer.trigger(target, true, requireNonNull(request, "request"));
    }

    /**
     * Kills the running builds of the service's deploy host.
     *
     * @param serviceId the application or compose service
     * @return completes when the server answered
     */
    public CompletableFuture<Void> killBuild(String serviceId) {
        return context.caller().callAsync(target.killBuild, target.idBody(requireId(serviceId, target.idField())));
    }

    /**
     * Drops the service's waiting jobs.
     *
     * @param serviceId the application or compose service
     * @return completes when the server answered
     */
    public CompletableFuture<Void> cleanQueues(String serviceId) {
        return context.caller().callAsync(target.cleanQueues, target.idBody(requireId(serviceId, target.idField())));
    }

    /**
     * Asks Dokploy Cloud to cancel the service's deployment.
     *
     * @param serviceId the application or compose service
     * @return completes when the server answered
     */
    public CompletableFuture<Void> cancelDeployment(String serviceId) {
        return context.caller().callAsync(target.cancelDeployment, target.idBody(requireId(serviceId,
                target.idField())));
    }
}
