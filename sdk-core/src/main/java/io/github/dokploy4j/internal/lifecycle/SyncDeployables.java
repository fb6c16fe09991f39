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

    public DeploymentHandle deploy(String serviceId) {
        return Await.result(async.deploy(serviceId)).sync();
    }

    public DeploymentHandle deploy(DeployRequest request) {
        return Await.result(async.deploy(request)).sync();
    }

    public DeploymentHandle redeploy(String serviceId) {
        return Await.result(async.redeploy(serviceId)).sync();
    }

    public DeploymentHandle redeploy(DeployRequest request) {
        return Await.result(async.redeploy(request)).sync();
    }

    public void killBuild(String serviceId) {
        Await.result(async.killBuild(serviceId));
    }

    public void cleanQueues(String serviceId) {
        Await.result(async.cleanQueues(serviceId));
    }

    public void cancelDeployment(String serviceId) {
        Await.result(async.cancelDeployment(serviceId));
    }
}
