package io.github.dokploy4j.internal.lifecycle;

import io.github.dokploy4j.deployment.DeployRequest;
import io.github.dokploy4j.deployment.DeploymentHandle;
import io.github.dokploy4j.internal.call.Await;

/**
 * The hand-written methods of applications and compose services, synchronously: each call waits on an
 * {@link AsyncDeployables} of the same target and client view.
 */
public class SyncDeployables {
    private final AsyncDeployables async;

    SyncDeployables(LifecycleContext context, DeployTarget target) {
        this.async = new AsyncDeployables(context, target);
    }

    /**
     * Queues a deploy and returns a handle that follows it.
     *
     * @param serviceId the application or compose service
     * @return the handle
     */
    public DeploymentHandle deploy(String serviceId) {
        return Await.result(async.deploy(serviceId)).sync();
    }

    /**
     * Queues a deploy with a title and description.
     *
     * @param request the service and the row's title and description
     * @return the handle
     */
    public DeploymentHandle deploy(DeployRequest request) {
        return Await.result(async.deploy(request)).sync();
    }

    /**
     * Queues a rebuild and returns a handle that follows it.
     *
     * @param serviceId the application or compose service
     * @return the handle
     */
    public DeploymentHandle redeploy(String serviceId) {
        return Await.result(async.redeploy(serviceId)).sync();
    }

    /**
     * Queues a rebuild with a title and description.
     *
     * @param request the service and the row's title and description
     * @return the handle
     */
    public DeploymentHandle redeploy(DeployRequest request) {
        return Await.result(async.redeploy(request)).sync();
    }

    /**
     * Kills the running builds of the service's deploy host.
     *
     * @param serviceId the application or compose service
     */
    public void killBuild(String serviceId) {
        Await.result(async.killBuild(serviceId));
    }

    /**
     * Drops the service's waiting jobs.
     *
     * @param serviceId the application or compose service
     */
    public void cleanQueues(String serviceId) {
        Await.result(async.cleanQueues(serviceId));
    }

    /**
     * Asks Dokploy Cloud to cancel the service's deployment.
     *
     * @param serviceId the application or compose service
     */
    public void cancelDeployment(String serviceId) {
        Await.result(async.cancelDeployment(serviceId));
    }
}
