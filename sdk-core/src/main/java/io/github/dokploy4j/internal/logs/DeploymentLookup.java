package io.github.dokploy4j.internal.logs;

import io.github.dokploy4j.deployment.AsyncDeployments;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.ProcedureVersions;
import io.github.dokploy4j.error.DokployException;
import io.github.dokploy4j.error.NotFoundException;
import io.github.dokploy4j.internal.poll.Failures;
import java.util.concurrent.CompletableFuture;

/**
 * Finds a deployment's row from its id alone. Dokploy has no procedure that reads one deployment, so this lists
 * the organisation's application and compose deployments ({@code allCentralized}, one request, Dokploy v0.28.3 and
 * later). When the id is not among them, one {@code readLogs} call tells a deployment that does not exist (404) from
 * one of another kind. Before v0.28.3 it fails at once and says what to pass instead.
 */
final class DeploymentLookup {
    private DeploymentLookup() {
    }

    static CompletableFuture<Deployment> find(AsyncDeployments deployments, String deploymentId) {
        return deployments.allCentralized().handle((rows, error) -> {
            if (error == null) {
                return rows.stream().filter(r -> r.deploymentId().equals(deploymentId)).findFirst()
                        .map(CompletableFuture::completedFuture)
                        .orElseGet(() -> deployments.readLogs(deploymentId, 1).thenApply(exists -> {
                            throw new DokployException("deployment " + deploymentId + " is not an application or"
                                    + " compose deployment of this key's organisation (allCentralized): pass its"
                                    + " Deployment row (from allByType) to follow it");
                        }));
            }
            Throwable cause = Failures.cause(error);
            if (cause instanceof NotFoundException && ((NotFoundException) cause).isUnknownProcedure()) {
                NotFoundException olderServer = (NotFoundException) cause;
                throw new NotFoundException("deployment " + deploymentId + " cannot be found by its id on this server:"
                        + " Dokploy before " + ProcedureVersions.ALL_CENTRALIZED + " lacks deployment.allCentralized;"
                        + " pass its Deployment row instead, from deployments().all(applicationId) or"
                        + " allByCompose(composeId)", olderServer.status(), olderServer.code().orElse(null),
                        olderServer.serverMessage(), olderServer.procedure(), olderServer.issues(),
                        olderServer.responseBody(), true);
            }
            throw Failures.rethrown(cause);
        }).thenCompose(found -> found);
    }
}
