package io.github.dokploy4j.compose;

import io.github.dokploy4j.deployment.AsyncDeploymentHandle;
import io.github.dokploy4j.deployment.DeployRequest;
import java.util.concurrent.CompletableFuture;

/**
 * The hand-written part of {@link AsyncCompose}: the methods of {@link ComposeLifecycle}, each returning a
 * {@link CompletableFuture}.
 */
public interface AsyncComposeLifecycle {
    /**
     * See {@link ComposeLifecycle#deploy(String)}.
     *
     * @param composeId the compose service
     * @return the handle, once the deploy is queued
     */
    CompletableFuture<AsyncDeploymentHandle> deploy(String composeId);

    /**
     * See {@link ComposeLifecycle#deploy(DeployRequest)}.
     *
     * @param request the compose service and the row's title and description
     * @return the handle
     */
    CompletableFuture<AsyncDeploymentHandle> deploy(DeployRequest request);

    /**
     * See {@link ComposeLifecycle#redeploy(String)}.
     *
     * @param composeId the compose service
     * @return the handle
     */
    CompletableFuture<AsyncDeploymentHandle> redeploy(String composeId);

    /**
     * See {@link ComposeLifecycle#redeploy(DeployRequest)}.
     *
     * @param request the compose service and the row's title and description
     * @return the handle
     */
    CompletableFuture<AsyncDeploymentHandle> redeploy(DeployRequest request);

    /**
     * See {@link ComposeLifecycle#killBuild(String)}.
     *
     * @param composeId the compose service
     * @return completes when the server answered
     */
    CompletableFuture<Void> killBuild(String composeId);

    /**
     * See {@link ComposeLifecycle#cleanQueues(String)}.
     *
     * @param composeId the compose service
     * @return completes when the server answered
     */
    CompletableFuture<Void> cleanQueues(String composeId);

    /**
     * See {@link ComposeLifecycle#cancelDeployment(String)}.
     *
     * @param composeId the compose service
     * @return completes when the server answered
     */
    CompletableFuture<Void> cancelDeployment(String composeId);
}
