package io.github.dokploy4j.deployment;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A deployment changed phase, as seen by a {@link DeploymentHandle} or a watch ({@link Deployments#watch}). Each
 * transition is reported once. While the deployment is {@link DeploymentPhase#QUEUED} only its queue job is known;
 * from {@link DeploymentPhase#RUNNING} on, its row.
 */
public final class DeploymentEvent {
    private final DeploymentPhase phase;
    private final @Nullable DeploymentPhase previousPhase;
    private final ServiceType serviceType;
    private final String serviceId;
    private final @Nullable Deployment deployment;
    private final @Nullable QueueJob job;
    private final Instant observedAt;

    /**
     * Creates an event.
     *
     * @param phase the new phase
     * @param previousPhase the phase before, or {@code null} for the first observation
     * @param serviceType the kind of service the deployment belongs to
     * @param serviceId the service's id
     * @param deployment the row, or {@code null} while there is none
     * @param job the queue job, or {@code null} when it is not known
     * @param observedAt when the SDK saw the change (the client's clock)
     */
    public DeploymentEvent(DeploymentPhase phase, @Nullable DeploymentPhase previousPhase, ServiceType serviceType,
            String serviceId, @Nullable Deployment deployment, @Nullable QueueJob job, Instant observedAt) {
        this.phase = Objects.requireNonNull(phase, "phase");
        this.previousPhase = previousPhase;
        this.serviceType = Objects.requireNonNull(serviceType, "serviceType");
        this.serviceId = Objects.requireNonNull(serviceId, "serviceId");
        this.deployment = deployment;
        this.job = job;
        this.observedAt = Objects.requireNonNull(observedAt, "observedAt");
    }

    /**
     * Returns the phase the deployment is now in.
     *
     * @return the new phase
     */
    public DeploymentPhase phase() {
        return phase;
    }

    /**
     * Returns the phase before this change.
     *
     * @return the previous phase, or empty for the first observation of a deployment
     */
    public Optional<DeploymentPhase> previousPhase() {
        return Optional.ofNullable(previousPhase);
    }

    /**
     * Returns the kind of service the deployment belongs to.
     *
     * @return e.g. {@link ServiceType#APPLICATION}
     */
    public ServiceType serviceType() {
        return serviceType;
    }

    /**
     * Returns the id of the service the deployment belongs to.
     *
     * @return the application, compose or preview deployment id
     */
    public String serviceId() {
        return serviceId;
    }

    /**
     * Returns the deployment row as last seen.
     *
     * @return the row; empty while the deployment is queued
     */
    public Optional<Deployment> deployment() {
        return Optional.ofNullable(deployment);
    }

    /**
     * Returns the deployment's queue job as last seen.
     *
     * @return the job; empty once it left the queue or when it was never seen
     */
    public Optional<QueueJob> job() {
        return Optional.ofNullable(job);
    }

    /**
     * Returns when the SDK observed the change, on the client's clock.
     *
     * @return the observation time
     */
    public Instant observedAt() {
        return observedAt;
    }

    @Override
    public String toString() {
        return "DeploymentEvent{" + (previousPhase == null ? "" : previousPhase + " -> ") + phase + ", "
                + serviceType.wireValue() + " " + serviceId
                + (deployment == null ? "" : ", deployment " + deployment.deploymentId())
                + (job == null ? "" : ", job " + job.id()) + "}";
    }
}
