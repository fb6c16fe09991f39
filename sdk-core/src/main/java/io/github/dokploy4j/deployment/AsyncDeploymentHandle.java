package io.github.dokploy4j.deployment;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous view of a {@link DeploymentHandle}: the same waits as {@link CompletableFuture}s, which never park
 * a thread while they wait (polls are scheduled, not slept). Cancelling a returned future withdraws that wait; when
 * nobody waits or listens any more, polling stops. See {@link DeploymentHandle} for how the deployment is found and
 * what the polling costs.
 */
public interface AsyncDeploymentHandle extends AutoCloseable {
    /**
     * Returns the kind of service that was deployed.
     *
     * @return the service type
     */
    ServiceType serviceType();

    /**
     * Returns the id of the service that was deployed.
     *
     * @return the service id
     */
    String serviceId();

    /**
     * Returns the phase last observed, without a request.
     *
     * @return the phase
     */
    DeploymentPhase phase();

    /**
     * Returns the deployment row last observed, without a request.
     *
     * @return the row, or empty
     */
    Optional<Deployment> deployment();

    /**
     * See {@link DeploymentHandle#awaitDeployment(Duration)}.
     *
     * @param timeout how long to wait at most
     * @return the row as first seen
     */
    CompletableFuture<Deployment> awaitDeployment(Duration timeout);

    /**
     * See {@link DeploymentHandle#awaitCompletion(Duration)}.
     *
     * @param timeout how long to wait at most
     * @return the final row
     */
    CompletableFuture<Deployment> awaitCompletion(Duration timeout);

    /**
     * See {@link DeploymentHandle#awaitSuccess(Duration)}.
     *
     * @param timeout how long to wait at most
     * @return the final row, {@code done}
     */
    CompletableFuture<Deployment> awaitSuccess(Duration timeout);

    /**
     * See {@link DeploymentHandle#onPhaseChange(DeploymentEventListener)}.
     *
     * @param listener the listener
     * @return this handle
     */
    AsyncDeploymentHandle onPhaseChange(DeploymentEventListener listener);

    /**
     * See {@link DeploymentHandle#cancel(CancelOption...)}. A missing consent throws at once.
     *
     * @param consents the side effects you accept
     * @return what was done
     */
    CompletableFuture<CancelOutcome> cancel(CancelOption... consents);

    /**
     * See {@link DeploymentHandle#follow(LogListener)}. Starting never blocks; the result is
     * {@link AsyncLogFollow#completion()}.
     *
     * @param listener receives the lines
     * @return the running follow
     */
    AsyncLogFollow follow(LogListener listener);

    /**
     * Returns the synchronous view of the same handle.
     *
     * @return the synchronous handle
     */
    DeploymentHandle sync();

    /** Stops polling; pending waits fail with a cancellation. */
    @Override
    void close();
}
