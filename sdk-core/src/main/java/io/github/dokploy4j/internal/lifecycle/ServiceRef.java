package io.github.dokploy4j.internal.lifecycle;

import io.github.dokploy4j.deployment.AsyncDeployments;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.QueueJob;
import io.github.dokploy4j.deployment.ServiceType;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A deployable service: which procedure lists its deployments, and which queue jobs are its own.
 *
 * @param type application, compose or preview deployment
 * @param id the service's id
 */
record ServiceRef(ServiceType type, String id) {

    /**
     * Lists the service's deployments with the cheapest procedure: {@code all} and {@code allByCompose} return plain
     * rows; only previews need {@code allByType} (their rows carry no rollback, so no secrets travel).
     */
    CompletableFuture<List<Deployment>> listDeployments(AsyncDeployments deployments) {
        switch (type) {
            case APPLICATION:
                return deployments.all(id);
            case COMPOSE:
                return deployments.allByCompose(id);
            default:
                return deployments.allByType(type, id);
        }
    }

    /** Whether a queue job is a deploy of this service (previews are jobs of type {@code application-preview}). */
    boolean owns(QueueJob job) {
        switch (type) {
            case APPLICATION:
                return job.data().applicationId().filter(id::equals).isPresent()
                        && job.data().previewDeploymentId().isEmpty();
            case COMPOSE:
                return job.data().composeId().filter(id::equals).isPresent();
            default:
                return job.data().previewDeploymentId().filter(id::equals).isPresent();
        }
    }

    /** Whether a row belongs to this service. */
    boolean owns(Deployment row) {
        Optional<String> owner;
        switch (type) {
            case APPLICATION:
                owner = row.applicationId();
                break;
            case COMPOSE:
                owner = row.composeId();
                break;
            default:
                owner = row.previewDeploymentId();
                break;
        }
        return owner.filter(id::equals).isPresent();
    }

    /** The service a queue job deploys. */
    static Optional<ServiceRef> ownerOf(QueueJob job) {
        return owner(job.data().previewDeploymentId(), job.data().composeId(), job.data().applicationId());
    }

    /** The service a row is a deployment of (only applications, compose services and previews are). */
    static Optional<ServiceRef> ownerOf(Deployment row) {
        return owner(row.previewDeploymentId(), row.composeId(), row.applicationId());
    }

    private static Optional<ServiceRef> owner(Optional<String> preview, Optional<String> compose,
            Optional<String> application) {
        return preview.map(id -> new ServiceRef(ServiceType.PREVIEW_DEPLOYMENT, id))
                .or(() -> compose.map(id -> new ServiceRef(ServiceType.COMPOSE, id)))
                .or(() -> application.map(id -> new ServiceRef(ServiceType.APPLICATION, id)));
    }

    @Override
    public String toString() {
        return type.wireValue() + " " + id;
    }
}
