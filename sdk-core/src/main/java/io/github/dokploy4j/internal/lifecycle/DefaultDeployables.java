package io.github.dokploy4j.internal.lifecycle;

import io.github.dokploy4j.application.Applications;
import io.github.dokploy4j.compose.Compose;
import io.github.dokploy4j.deployment.DeployRequest;
import io.github.dokploy4j.deployment.DeploymentHandle;
import io.github.dokploy4j.internal.call.Await;

/** The synchronous applications and compose services: each call waits on its asynchronous twin. */
public final class DefaultDeployables implements Applications, Compose {
    private final DefaultAsyncDeployables async;

    /**
     * Creates the service.
     *
     * @param async the asynchronous service of the same target and client view
     */
    public DefaultDeployables(DefaultAsyncDeployables async) {
        this.async = async;
    }

    @Override
    public DeploymentHandle deploy(String serviceId) {
        return Await.result(async.deploy(serviceId)).sync();
    }

    @Override
    public DeploymentHandle deploy(DeployRequest request) {
        return Await.result(async.deploy(request)).sync();
    }

    @Override
    public DeploymentHandle redeploy(String serviceId) {
        return Await.result(async.redeploy(serviceId)).sync();
    }

    @Override
    public DeploymentHandle redeploy(DeployRequest request) {
        return Await.result(async.redeploy(request)).sync();
    }

    @Override
    public void killBuild(String serviceId) {
        Await.result(async.killBuild(serviceId));
    }

    @Override
    public void cleanQueues(String serviceId) {
        Await.result(async.cleanQueues(serviceId));
    }

    @Override
    public void cancelDeployment(String serviceId) {
        Await.result(async.cancelDeployment(serviceId));
    }
}
