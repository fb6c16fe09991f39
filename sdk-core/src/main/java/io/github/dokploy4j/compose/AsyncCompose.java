package io.github.dokploy4j.compose;

import io.github.dokploy4j.deployment.AsyncDeploymentHandle;
import io.github.dokploy4j.deployment.DeployRequest;
import java.util.concurrent.CompletableFuture;

/** Deploying compose services, asynchronously: the methods of {@link Compose}, each returning a {@link CompletableFuture}. */
public interface AsyncCompose {
    /**
     * See {@link Compose#deploy(String)}.
     *
     * @param composeId the compose service
     * @return the handle, once the deploy is queued
     */
    CompletableFuture<AsyncDeploymentHandle> deploy(String composeId);

    /**
     * See {@link Compose#deploy(DeployRequest)}.
     *
     * @param request the compose service and the row's title and description
     * @return the handle
     */
    CompletableFuture<AsyncDeploymentHandle> deploy(DeployRequest request);

    /**
     * See {@link Compose#redeploy(String)}.
     *
     * @param composeId the compose service
     * @return the handle
     */
    CompletableFuture<AsyncDeploymentHandle> redeploy(String composeId);

    /**
     * See {@link Compose#redeploy(DeployRequest)}.
     *
     * @param request the compose service and the row's title and description
     * @return the handle
     */
    CompletableFuture<AsyncDeploymentHandle> redeploy(DeployRequest request);

    /**
     * See {@link Compose#killBuild(String)}.
     *
     * @param composeId the compose service
     * @return completes when the server answered
     */
    CompletableFuture<Void> killBuild(String composeId);

    /**
     * See {@link Compose#cleanQueues(String)}.
     *
     * @param composeId the compose service
     * @return completes when the server answered
     */
    CompletableFuture<Void> cleanQueues(String composeId);

    /**
     * See {@link Compose#cancelDeployment(String)}.
     *
     * @param composeId the compose service
     * @return completes when the server answered
     */
    CompletableFuture<Void> cancelDeployment(String composeId);
}
