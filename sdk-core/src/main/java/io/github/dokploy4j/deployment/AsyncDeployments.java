package io.github.dokploy4j.deployment;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Dokploy's deployments API, asynchronous: the methods of {@link Deployments}, each returning a
 * {@link CompletableFuture}. Argument checks throw at once; everything else fails the future with the SDK's
 * exceptions. Cancelling a future aborts its HTTP exchange. See {@link Deployments} for what each procedure really
 * does.
 */
public interface AsyncDeployments {
    /**
     * See {@link Deployments#all(String)}.
     *
     * @param applicationId the application
     * @return its deployments, newest first
     */
    CompletableFuture<List<Deployment>> all(String applicationId);

    /**
     * See {@link Deployments#allByCompose(String)}.
     *
     * @param composeId the compose service
     * @return its deployments, newest first
     */
    CompletableFuture<List<Deployment>> allByCompose(String composeId);

    /**
     * See {@link Deployments#allByServer(String)}.
     *
     * @param serverId the server
     * @return its setup runs, newest first
     */
    CompletableFuture<List<Deployment>> allByServer(String serverId);

    /**
     * See {@link Deployments#allCentralized()}.
     *
     * @return the organisation's deployments, newest first
     */
    CompletableFuture<List<Deployment>> allCentralized();

    /**
     * See {@link Deployments#queueList()}.
     *
     * @return the queued and running jobs
     */
    CompletableFuture<List<QueueJob>> queueList();

    /**
     * See {@link Deployments#allByType(ServiceType, String)}.
     *
     * @param type the owner's kind
     * @param id the owner's id
     * @return its deployments, newest first
     */
    CompletableFuture<List<Deployment>> allByType(ServiceType type, String id);

    /**
     * See {@link Deployments#killProcess(String)}.
     *
     * @param deploymentId the deployment
     * @return completes when the server answered
     */
    CompletableFuture<Void> killProcess(String deploymentId);

    /**
     * See {@link Deployments#removeDeployment(String)}.
     *
     * @param deploymentId the deployment
     * @return the deleted row, or empty
     */
    CompletableFuture<Optional<Deployment>> removeDeployment(String deploymentId);

    /**
     * See {@link Deployments#readLogs(String, int)}.
     *
     * @param deploymentId the deployment
     * @param tail how many lines, 1 to 10000
     * @return the lines
     */
    CompletableFuture<String> readLogs(String deploymentId, int tail);

    /**
     * See {@link Deployments#readLogs(String)}.
     *
     * @param deploymentId the deployment
     * @return the last 100 lines
     */
    CompletableFuture<String> readLogs(String deploymentId);

    /**
     * See {@link Deployments#lastSuccessful(ServiceType, String)}.
     *
     * @param type the owner's kind
     * @param id the owner's id
     * @return the newest {@code done} deployment, or empty
     */
    CompletableFuture<Optional<Deployment>> lastSuccessful(ServiceType type, String id);

    /**
     * See {@link Deployments#rollbackTo(Deployment)}; the argument checks throw at once.
     *
     * @param deployment an application deployment that has a rollback
     * @return completes when the server answered
     */
    CompletableFuture<Void> rollbackTo(Deployment deployment);

    /**
     * See {@link Deployments#watch(DeploymentEventListener)}; the watch never blocks a thread, and its events run on
     * the client's executor.
     *
     * @param listener receives the transitions
     * @return the running watch
     */
    AsyncDeploymentWatch watch(DeploymentEventListener listener);

    /**
     * See {@link Deployments#watch(Duration, DeploymentEventListener)}.
     *
     * @param interval the time between polls, at least one second
     * @param listener receives the transitions
     * @return the running watch
     */
    AsyncDeploymentWatch watch(Duration interval, DeploymentEventListener listener);

    /**
     * See {@link Deployments#follow(String, LogListener)}. Starting never blocks; the result is
     * {@link AsyncLogFollow#completion()}.
     *
     * @param deploymentId the deployment
     * @param listener receives the lines
     * @return the running follow
     */
    AsyncLogFollow follow(String deploymentId, LogListener listener);

    /**
     * See {@link Deployments#follow(String, LogFollowMode, LogListener)}.
     *
     * @param deploymentId the deployment
     * @param mode live, polling, or live falling back to polling
     * @param listener receives the lines
     * @return the running follow
     */
    AsyncLogFollow follow(String deploymentId, LogFollowMode mode, LogListener listener);

    /**
     * See {@link Deployments#follow(Deployment, LogListener)}.
     *
     * @param deployment the deployment's row
     * @param listener receives the lines
     * @return the running follow
     */
    AsyncLogFollow follow(Deployment deployment, LogListener listener);

    /**
     * See {@link Deployments#follow(Deployment, LogFollowMode, LogListener)}.
     *
     * @param deployment the deployment's row
     * @param mode live, polling, or live falling back to polling
     * @param listener receives the lines
     * @return the running follow
     */
    AsyncLogFollow follow(Deployment deployment, LogFollowMode mode, LogListener listener);
}
