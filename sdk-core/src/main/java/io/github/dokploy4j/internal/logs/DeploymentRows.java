package io.github.dokploy4j.internal.logs;

import io.github.dokploy4j.deployment.AsyncDeployments;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.ServiceType;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Reads one deployment's row again, through the cheapest list of its owner: {@code deployment.all} for
 * applications and {@code allByCompose} for compose (plain rows); {@code allByType} only for owners that keep no
 * rollbacks (previews, schedules, backups), so no application secrets travel; {@code allByServer} for setup runs.
 */
final class DeploymentRows {
    private final String deploymentId;
    private final Function<AsyncDeployments, CompletableFuture<List<Deployment>>> list;

    private DeploymentRows(String deploymentId,
            Function<AsyncDeployments, CompletableFuture<List<Deployment>>> list) {
        this.deploymentId = deploymentId;
        this.list = list;
    }

    /** The reader for a row, or empty when the row names no owner the server can list. */
    static Optional<DeploymentRows> of(Deployment row) {
        String id = row.deploymentId();
        if (row.applicationId().isPresent()) {
            return Optional.of(new DeploymentRows(id, d -> d.all(row.applicationId().get())));
        }
        if (row.composeId().isPresent()) {
            return Optional.of(new DeploymentRows(id, d -> d.allByCompose(row.composeId().get())));
        }
        if (row.previewDeploymentId().isPresent()) {
            return byType(id, ServiceType.PREVIEW_DEPLOYMENT, row.previewDeploymentId().get());
        }
        if (row.scheduleId().isPresent()) {
            return byType(id, ServiceType.SCHEDULE, row.scheduleId().get());
        }
        if (row.backupId().isPresent()) {
            return byType(id, ServiceType.BACKUP, row.backupId().get());
        }
        if (row.volumeBackupId().isPresent()) {
            return byType(id, ServiceType.VOLUME_BACKUP, row.volumeBackupId().get());
        }
        if (row.serverId().isPresent()) {
            return Optional.of(new DeploymentRows(id, d -> d.allByServer(row.serverId().get())));
        }
        return Optional.empty();
    }

    private static Optional<DeploymentRows> byType(String id, ServiceType type, String ownerId) {
        return Optional.of(new DeploymentRows(id, d -> d.allByType(type, ownerId)));
    }

    /** The row as the server has it now; empty once it was removed. */
    CompletableFuture<Optional<Deployment>> fetch(AsyncDeployments deployments) {
        return list.apply(deployments).thenApply(rows -> rows.stream()
                .filter(r -> r.deploymentId().equals(deploymentId)).findFirst());
    }
}
