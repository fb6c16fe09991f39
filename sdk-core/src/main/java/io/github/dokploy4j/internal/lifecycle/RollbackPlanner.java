package io.github.dokploy4j.internal.lifecycle;

import static io.github.dokploy4j.internal.call.Arguments.requireId;
import static io.github.dokploy4j.internal.call.Arguments.requireNonNull;

import io.github.dokploy4j.deployment.AsyncDeployments;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.DeploymentStatus;
import io.github.dokploy4j.deployment.ServiceType;
import io.github.dokploy4j.rollback.AsyncRollbackLifecycle;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** Finds what to roll back to, and checks before sending anything that the server can roll back to it. */
public final class RollbackPlanner {
    private final AsyncDeployments deployments;
    private final AsyncRollbackLifecycle rollbacks;

    /**
     * Creates the planner.
     *
     * @param deployments the deployments service of the client view
     * @param rollbacks the rollbacks service of the client view
     */
    public RollbackPlanner(AsyncDeployments deployments, AsyncRollbackLifecycle rollbacks) {
        this.deployments = deployments;
        this.rollbacks = rollbacks;
    }

    /**
     * The newest {@code done} deployment of an owner, listed with the cheapest procedure for its type.
     *
     * @param type the owner's kind
     * @param id the owner's id
     * @return the newest successful deployment, or empty
     */
    public CompletableFuture<Optional<Deployment>> lastSuccessful(ServiceType type, String id) {
        requireNonNull(type, "type");
        requireId(id, "id");
        CompletableFuture<List<Deployment>> rows;
        switch (type) {
            case APPLICATION:
                rows = deployments.all(id);
                break;
            case COMPOSE:
                rows = deployments.allByCompose(id);
                break;
            case SERVER:
                rows = deployments.allByServer(id);
                break;
            default:
                rows = deployments.allByType(type, id);
                break;
        }
        return rows.thenApply(list -> list.stream().filter(row -> row.status() == DeploymentStatus.DONE)
                .findFirst());
    }

    /**
     * Rolls the deployment's application back to it.
     *
     * @param deployment a row of an application deployment that has a rollback
     * @return completes when the server answered
     * @throws IllegalArgumentException when the row cannot be rolled back to, saying why (nothing is sent)
     */
    public CompletableFuture<Void> rollbackTo(Deployment deployment) {
        requireNonNull(deployment, "deployment");
        if (deployment.applicationId().isEmpty()) {
            String owner = deployment.composeId().map(id -> "compose service " + id)
                    .or(() -> deployment.previewDeploymentId().map(id -> "preview deployment " + id))
                    .orElse("no application");
            throw new IllegalArgumentException("deployment " + deployment.deploymentId() + " belongs to " + owner
                    + ": Dokploy keeps rollbacks only for application deployments; redeploy instead");
        }
        String rollbackId = deployment.rollbackId().orElseThrow(() -> new IllegalArgumentException("deployment "
                + deployment.deploymentId() + " has no rollback: enable rollbacks on application "
                + deployment.applicationId().get() + " (they need a registry) so that successful deployments keep"
                + " their image; until then redeploy is the alternative"));
        return rollbacks.rollback(rollbackId);
    }
}
