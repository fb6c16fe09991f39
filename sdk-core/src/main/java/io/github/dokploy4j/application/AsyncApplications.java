package io.github.dokploy4j.application;

import io.github.dokploy4j.deployment.AsyncDeploymentHandle;
import io.github.dokploy4j.deployment.DeployRequest;
import java.util.concurrent.CompletableFuture;

/** Deploying applications, asynchronously: the methods of {@link Applications}, each returning a {@link CompletableFuture}. */
public interface AsyncApplications {
    /**
     * See {@link Applications#deploy(String)}.
     *
     * @param applicationId the application
     * @return the handle, once the deploy is queued
     */
    CompletableFuture<AsyncDeploymentHandle> deploy(String applicationId);

    /**
     * See {@link Applications#deploy(DeployRequest)}.
     *
     * @param request the application and the row's title and description
     * @return the handle
     */
    CompletableFuture<AsyncDeploymentHandle> deploy(DeployRequest request);

    /**
     * See {@link Applications#redeploy(String)}.
     *
     * @param applicationId the application
     * @return the handle
     */
    CompletableFuture<AsyncDeploymentHandle> redeploy(String applicationId);

    /**
     * See {@link Applications#redeploy(DeployRequest)}.
     *
     * @param request the application and the row's title and description
     * @return the handle
     */
    CompletableFuture<AsyncDeploymentHandle> redeploy(DeployRequest request);

    /**
     * See {@link Applications#killBuild(String)}.
     *
     * @param applicationId the application
     * @return completes when the server answered
     */
    CompletableFuture<Void> killBuild(String applicationId);

    /**
     * See {@link Applications#cleanQueues(String)}.
     *
     * @param applicationId the application
     * @return completes when the server answered
     */
    CompletableFuture<Void> cleanQueues(String applicationId);

    /**
     * See {@link Applications#cancelDeployment(String)}.
     *
     * @param applicationId the application
     * @return completes when the server answered
     */
    CompletableFuture<Void> cancelDeployment(String applicationId);
}
