package io.github.dokploy4j.internal.deployment;

import io.github.dokploy4j.deployment.AsyncDeployments;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.DeploymentEventListener;
import io.github.dokploy4j.deployment.AsyncDeploymentWatch;
import io.github.dokploy4j.deployment.AsyncLogFollow;
import io.github.dokploy4j.deployment.LogFollowMode;
import io.github.dokploy4j.deployment.LogListener;
import io.github.dokploy4j.deployment.QueueJob;
import io.github.dokploy4j.deployment.ServiceType;
import io.github.dokploy4j.internal.call.ProcedureCaller;
import io.github.dokploy4j.internal.lifecycle.AsyncRollbackLifecycleBase;
import io.github.dokploy4j.internal.lifecycle.DeploymentWatches;
import io.github.dokploy4j.internal.lifecycle.LifecycleContext;
import io.github.dokploy4j.internal.lifecycle.RollbackPlanner;
import io.github.dokploy4j.internal.logs.LogContext;
import io.github.dokploy4j.internal.logs.LogFollows;
import io.github.dokploy4j.internal.logs.LogStreamSettings;
import io.github.dokploy4j.internal.poll.OptionalQueue;
import io.github.dokploy4j.internal.poll.PollRuntime;
import io.github.dokploy4j.rollback.AsyncRollbackLifecycle;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

/**
 * The deployments service over the engine, one method per procedure; the synchronous view waits on it. The
 * life-cycle helpers (last successful deployment, rollback, watch) and log following delegate to their own classes.
 */
public final class DefaultAsyncDeployments implements AsyncDeployments {
    private final ProcedureCaller caller;
    private final LifecycleContext lifecycle;
    private final LogContext logs;
    private final AsyncRollbackLifecycle rollbacks;
    private final RollbackPlanner rollbackPlanner;

    /**
     * Creates the service.
     *
     * @param caller the client view's caller
     * @param runtime the client's time, executor and what it learnt about its server
     * @param stream how to open the log WebSocket
     */
    public DefaultAsyncDeployments(ProcedureCaller caller, PollRuntime runtime, LogStreamSettings stream) {
        this.caller = caller;
        this.logs = new LogContext(this, caller, runtime, stream);
        this.lifecycle = new LifecycleContext(caller, this, runtime, new OptionalQueue(this, runtime.traits()),
                logs);
        this.rollbacks = new AsyncRollbackLifecycleBase(lifecycle);
        this.rollbackPlanner = new RollbackPlanner(this, rollbacks);
    }

    /**
     * Returns the life-cycle context of this client view, for the services built on it.
     *
     * @return the context
     */
    public LifecycleContext lifecycle() {
        return lifecycle;
    }

    /**
     * Returns the rollbacks service of this client view.
     *
     * @return the service
     */
    public AsyncRollbackLifecycle rollbacks() {
        return rollbacks;
    }

    @Override
    public CompletableFuture<List<Deployment>> all(String applicationId) {
        return caller.callAsync(DeploymentProcedures.ALL, DeploymentInputs.byApplication(applicationId));
    }

    @Override
    public CompletableFuture<List<Deployment>> allByCompose(String composeId) {
        return caller.callAsync(DeploymentProcedures.ALL_BY_COMPOSE, DeploymentInputs.byCompose(composeId));
    }

    @Override
    public CompletableFuture<List<Deployment>> allByServer(String serverId) {
        return caller.callAsync(DeploymentProcedures.ALL_BY_SERVER, DeploymentInputs.byServer(serverId));
    }

    @Override
    public CompletableFuture<List<Deployment>> allCentralized() {
        return caller.callAsync(DeploymentProcedures.ALL_CENTRALIZED, null);
    }

    @Override
    public CompletableFuture<List<QueueJob>> queueList() {
        return caller.callAsync(DeploymentProcedures.QUEUE_LIST, null);
    }

    @Override
    public CompletableFuture<List<Deployment>> allByType(ServiceType type, String id) {
        return caller.callAsync(DeploymentProcedures.ALL_BY_TYPE, DeploymentInputs.byType(type, id));
    }

    @Override
    public CompletableFuture<Void> killProcess(String deploymentId) {
        return caller.callAsync(DeploymentProcedures.KILL_PROCESS, DeploymentInputs.byId(deploymentId));
    }

    @Override
    public CompletableFuture<Optional<Deployment>> removeDeployment(String deploymentId) {
        CompletableFuture<Optional<Deployment>> call = caller.callAsync(DeploymentProcedures.REMOVE_DEPLOYMENT,
                DeploymentInputs.byId(deploymentId));
        CompletableFuture<Optional<Deployment>> result = new CompletableFuture<>();
        call.whenComplete((removed, failure) -> {
            if (failure == null) {
                result.complete(removed);
            } else {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                result.completeExceptionally(cause instanceof RuntimeException
                        ? UnknownDeploymentAnswers.of((RuntimeException) cause) : cause);
            }
        });
        result.whenComplete((removed, failure) -> {
            if (result.isCancelled()) {
                call.cancel(true); // cancelling the answer aborts the exchange
            }
        });
        return result;
    }

    @Override
    public CompletableFuture<String> readLogs(String deploymentId, int tail) {
        return caller.callAsync(DeploymentProcedures.READ_LOGS, DeploymentInputs.logTail(deploymentId, tail));
    }

    @Override
    public CompletableFuture<String> readLogs(String deploymentId) {
        return caller.callAsync(DeploymentProcedures.READ_LOGS, DeploymentInputs.logTail(deploymentId));
    }

    @Override
    public CompletableFuture<Optional<Deployment>> lastSuccessful(ServiceType type, String id) {
        return rollbackPlanner.lastSuccessful(type, id);
    }

    @Override
    public CompletableFuture<Void> rollbackTo(Deployment deployment) {
        return rollbackPlanner.rollbackTo(deployment);
    }

    @Override
    public AsyncDeploymentWatch watch(DeploymentEventListener listener) {
        return watch(DeploymentWatches.DEFAULT_INTERVAL, listener);
    }

    @Override
    public AsyncDeploymentWatch watch(Duration interval, DeploymentEventListener listener) {
        return DeploymentWatches.start(lifecycle, interval, listener);
    }

    @Override
    public AsyncLogFollow follow(String deploymentId, LogListener listener) {
        return follow(deploymentId, LogFollowMode.AUTO, listener);
    }

    @Override
    public AsyncLogFollow follow(String deploymentId, LogFollowMode mode, LogListener listener) {
        return LogFollows.follow(logs, deploymentId, mode, listener);
    }

    @Override
    public AsyncLogFollow follow(Deployment deployment, LogListener listener) {
        return follow(deployment, LogFollowMode.AUTO, listener);
    }

    @Override
    public AsyncLogFollow follow(Deployment deployment, LogFollowMode mode, LogListener listener) {
        return LogFollows.follow(logs, deployment, mode, listener);
    }

    /**
     * See {@link io.github.dokploy4j.deployment.Deployments#lines(String)}.
     *
     * @param deploymentId the deployment
     * @return the lines, which must be closed
     */
    public Stream<String> lines(String deploymentId) {
        return LogFollows.lines(logs, deploymentId);
    }
}
