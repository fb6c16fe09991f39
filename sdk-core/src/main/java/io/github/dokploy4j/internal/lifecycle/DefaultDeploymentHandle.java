package io.github.dokploy4j.internal.lifecycle;

import io.github.dokploy4j.deployment.AsyncDeploymentHandle;
import io.github.dokploy4j.deployment.CancelOption;
import io.github.dokploy4j.deployment.CancelOutcome;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.DeploymentEventListener;
import io.github.dokploy4j.deployment.DeploymentHandle;
import io.github.dokploy4j.deployment.DeploymentPhase;
import io.github.dokploy4j.deployment.LogFollow;
import io.github.dokploy4j.deployment.LogListener;
import io.github.dokploy4j.deployment.ServiceType;
import io.github.dokploy4j.internal.call.Await;
import java.time.Duration;
import java.util.Optional;

/** The synchronous handle: each wait blocks on its asynchronous twin; an interrupt withdraws the wait. */
final class DefaultDeploymentHandle implements DeploymentHandle {
    private final AsyncDeploymentHandle async;

    DefaultDeploymentHandle(AsyncDeploymentHandle async) {
        this.async = async;
    }

    @Override
    public ServiceType serviceType() {
        return async.serviceType();
    }

    @Override
    public String serviceId() {
        return async.serviceId();
    }

    @Override
    public DeploymentPhase phase() {
        return async.phase();
    }

    @Override
    public Optional<Deployment> deployment() {
        return async.deployment();
    }

    @Override
    public Deployment awaitDeployment(Duration timeout) {
        return Await.result(async.awaitDeployment(timeout));
    }

    @Override
    public Deployment awaitCompletion(Duration timeout) {
        return Await.result(async.awaitCompletion(timeout));
    }

    @Override
    public Deployment awaitSuccess(Duration timeout) {
        return Await.result(async.awaitSuccess(timeout));
    }

    @Override
    public DeploymentHandle onPhaseChange(DeploymentEventListener listener) {
        async.onPhaseChange(listener);
        return this;
    }

    @Override
    public CancelOutcome cancel(CancelOption... consents) {
        return Await.result(async.cancel(consents));
    }

    @Override
    public LogFollow follow(LogListener listener) {
        return async.follow(listener).sync();
    }

    @Override
    public AsyncDeploymentHandle async() {
        return async;
    }

    @Override
    public void close() {
        async.close();
    }

    @Override
    public String toString() {
        return async.toString();
    }
}
