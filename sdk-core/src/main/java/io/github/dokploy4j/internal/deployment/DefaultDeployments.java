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
import io.github.dokploy4j.internal.call.ProcedureCaller;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The synchronous deployments service: each procedure runs on the caller's thread with the same declaration and input
 * as its asynchronous twin; the life-cycle helpers wait on the asynchronous service.
 */
public final class DefaultDeployments implements Deployments {
    private final ProcedureCaller caller;
    private final DefaultAsyncDeployments async;

    /**
     * Creates the service.
     *
     * @param caller the client view's caller
     * @param async the asynchronous service of the same client view
     */
    public DefaultDeployments(ProcedureCaller caller, DefaultAsyncDeployments async) {
        this.caller = caller;
        this.async = async;
    }

    @Override
    public List<Deployment> all(String applicationId) {
        return caller.call(DeploymentProcedures.ALL, DeploymentInputs.byApplication(applicationId));
    }

    @Override
    public List<Deployment> allByCompose(String composeId) {
        return caller.call(DeploymentProcedures.ALL_BY_COMPOSE, DeploymentInputs.byCompose(composeId));
    }

    @Override
    public List<Deployment> allByServer(String serverId) {
        return caller.call(DeploymentProcedures.ALL_BY_SERVER, DeploymentInputs.byServer(serverId));
    }

    @Override
    public List<Deployment> allCentralized() {
        return caller.call(DeploymentProcedures.ALL_CENTRALIZED, null);
    }

    @Override
    public List<QueueJob> queueList() {
        return caller.call(DeploymentProcedures.QUEUE_LIST, null);
    }

    @Override
    public List<Deployment> allByType(ServiceType type, String id) {
        return caller.call(DeploymentProcedures.ALL_BY_TYPE, DeploymentInputs.byType(type, id));
    }

    @Override
    public void killProcess(String deploymentId) {
        caller.call(DeploymentProcedures.KILL_PROCESS, DeploymentInputs.byId(deploymentId));
    }

    @Override
    public Optional<Deployment> removeDeployment(String deploymentId) {
        DeploymentInputs.ById input = DeploymentInputs.byId(deploymentId);
        try {
            return caller.call(DeploymentProcedures.REMOVE_DEPLOYMENT, input);
        } catch (RuntimeException e) {
            throw UnknownDeploymentAnswers.of(e);
        }
    }

    @Override
    public String readLogs(String deploymentId, int tail) {
        return caller.call(DeploymentProcedures.READ_LOGS, DeploymentInputs.logTail(deploymentId, tail));
    }

    @Override
    public String readLogs(String deploymentId) {
        return caller.call(DeploymentProcedures.READ_LOGS, DeploymentInputs.logTail(deploymentId));
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
        return async.watch(listener).sync();
    }

    @Override
    public DeploymentWatch watch(Duration interval, DeploymentEventListener listener) {
        return async.watch(interval, listener).sync();
    }

    @Override
    public LogFollow follow(String deploymentId, LogListener listener) {
        return async.follow(deploymentId, listener).sync();
    }

    @Override
    public LogFollow follow(String deploymentId, LogFollowMode mode, LogListener listener) {
        return async.follow(deploymentId, mode, listener).sync();
    }

    @Override
    public LogFollow follow(Deployment deployment, LogListener listener) {
        return async.follow(deployment, listener).sync();
    }

    @Override
    public LogFollow follow(Deployment deployment, LogFollowMode mode, LogListener listener) {
        return async.follow(deployment, mode, listener).sync();
    }

    @Override
    public Stream<String> lines(String deploymentId) {
        return async.lines(deploymentId);
    }
}
