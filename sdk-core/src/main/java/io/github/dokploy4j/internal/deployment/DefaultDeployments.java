package io.github.dokploy4j.internal.deployment;

import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.DeploymentEventListener;
import io.github.dokploy4j.deployment.DeploymentWatch;
import io.github.dokploy4j.deployment.Deployments;
import io.github.dokploy4j.deployment.LogFollow;
import io.github.dokploy4j.deployment.LogFollowMode;
import io.github.dokploy4j.deployment.LogListener;
import io.github.dokploy4j.deployment.QueueJob;
import io.github.dokploy4j.deployment.ServiceType;
import io.github.dokploy4j.internal.call.Await;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The synchronous deployments service: each method waits on its asynchronous twin. */
public final class DefaultDeployments implements Deployments {
    private final DefaultAsyncDeployments async;

    /**
     * Creates the service.
     *
     * @param async the asynchronous service of the same client view
     */
    public DefaultDeployments(DefaultAsyncDeployments async) {
        this.async = async;
    }

    @Override
    public List<Deployment> all(String applicationId) {
        return Await.result(async.all(applicationId));
    }

    @Override
    public List<Deployment> allByCompose(String composeId) {
        return Await.result(async.allByCompose(composeId));
    }

    @Override
    public List<Deployment> allByServer(String serverId) {
        return Await.result(async.allByServer(serverId));
    }

    @Override
    public List<Deployment> allCentralized() {
        return Await.result(async.allCentralized());
    }

    @Override
    public List<QueueJob> queueList() {
        return Await.result(async.queueList());
    }

    @Override
    public List<Deployment> allByType(ServiceType type, String id) {
        return Await.result(async.allByType(type, id));
    }

    @Override
    public void killProcess(String deploymentId) {
        Await.result(async.killProcess(deploymentId));
    }

    @Override
    public Optional<Deployment> removeDeployment(String deploymentId) {
        return Await.result(async.removeDeployment(deploymentId));
    }

    @Override
    public String readLogs(String deploymentId, int tail) {
        return Await.result(async.readLogs(deploymentId, tail));
    }

    @Override
    public String readLogs(String deploymentId) {
        return Await.result(async.readLogs(deploymentId));
    }

    @Override
    public Optional<Deployment> lastSuccessful(ServiceType type, String id) {
        return Await.result(async.lastSuccessful(type, id));
    }

    @Override
    public void rollbackTo(Deployment deployment) {
        Await.result(async.rollbackTo(deployment));
    }

    @Override
    public DeploymentWatch watch(DeploymentEventListener listener) {
        return async.watch(listener);
    }

    @Override
    public DeploymentWatch watch(Duration interval, DeploymentEventListener listener) {
        return async.watch(interval, listener);
    }

    @Override
    public LogFollow follow(String deploymentId, LogListener listener) {
        return async.follow(deploymentId, listener);
    }

    @Override
    public LogFollow follow(String deploymentId, LogFollowMode mode, LogListener listener) {
        return async.follow(deploymentId, mode, listener);
    }

    @Override
    public LogFollow follow(Deployment deployment, LogListener listener) {
        return async.follow(deployment, listener);
    }

    @Override
    public LogFollow follow(Deployment deployment, LogFollowMode mode, LogListener listener) {
        return async.follow(deployment, mode, listener);
    }

    @Override
    public Stream<String> lines(String deploymentId) {
        return async.lines(deploymentId);
    }
}
