package io.github.dokploy4j.internal.logs;

import io.github.dokploy4j.deployment.AsyncDeployments;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.error.DokployException;
import java.util.concurrent.CompletableFuture;

/**
 * Finds a deployment's row from its id alone. Dokploy has no procedure that reads one deployment, so this lists
 * the organisation's application and compose deployments ({@code allCentralized}, one request). When the id is not
 * among them, one {@code readLogs} call tells a deployment that does not exist (404) from one of another kind.
 */
final class DeploymentLookup {
    private DeploymentLookup() {
    }

    static CompletableFuture<Deployment> find(AsyncDeployments deployments, String deploymentId) {
        return deployments.allCentralized().thenCompose(rows -> rows.stream()
                .filter(r -> r.deploymentId().equals(deploymentId)).findFirst()
                .map(CompletableFuture::completedFuture)
                .orElseGet(() -> deployments.readLogs(deploymentId, 1).thenApply(exists -> {
                    throw new DokployException("deployment " + deploymentId + " is not an application or compose"
                            + " deployment of this key's organisation (allCentralized): pass its Deployment row"
                            + " (from allByType) to follow it");
                })));
    }
}
