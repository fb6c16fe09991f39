package io.github.dokploy4j.application;

import io.github.dokploy4j.deployment.AsyncDeploymentHandle;
import io.github.dokploy4j.deployment.DeployRequest;
import java.util.concurrent.CompletableFuture;

/**
 * The hand-written part of {@link AsyncApplications}: the methods of {@link ApplicationLifecycle}, each returning a
 * {@link CompletableFuture}.
 */
public interface AsyncApplicationLifecycle {
    /**
     * See {@link ApplicationLifecycle#deploy(String)}.
     *
     * @param applicationId the application
     * @return the handle, once the deploy is queued
     */
    CompletableFuture<AsyncDeploymentHandle> deploy(String applicationId);

    /**
     * See {@link ApplicationLifecycle#deploy(DeployRequest)}.
     *
     * @param request the application and the row's title and description
     * @return the handle
     */
    CompletableFuture<AsyncDeploymentHandle> deploy(DeployRequest request);

    /**
     * See {@link ApplicationLifecycle#redeploy(String)}.
     *
     * @param applicationId the application
     * @return the handle
     */
    CompletableFuture<AsyncDeploymentHandle> redeploy(String applicationId);

    /**
     * See {@link ApplicationLifecycle#redeploy(DeployRequest)}.
     *
     * @param request the application and the row's title and description
     * @return the handle
     */
    CompletableFuture<AsyncDeploymentHandle> redeploy(DeployRequest request);

    /**
     * See {@link ApplicationLifecycle#killBuild(String)}.
     *
     * @param applicationId the application
     * @return completes when the server answered
     */
    CompletableFuture<Void> killBuild(String applicationId);

    /**
     * See {@link ApplicationLifecycle#cleanQueues(String)}.
     *
     * @param applicationId the application
     * @return completes when the server answered
     */
    CompletableFuture<Void> cleanQueues(String applicationId);

    /**
     * See {@link ApplicationLifecycle#cancelDeployment(String)}.
     *
     * @param applicationId the application
     * @return completes when the server answered
     */
    CompletableFuture<Void> cancelDeployment(String applicationId);
}
