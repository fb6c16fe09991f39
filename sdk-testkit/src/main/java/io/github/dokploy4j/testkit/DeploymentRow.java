package io.github.dokploy4j.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;

/** One row of Dokploy's {@code deployment} table; {@link #toJson()} writes the columns in the table's order. */
final class DeploymentRow {

    /** {@code ORDER BY createdAt DESC}; rows created in the same millisecond keep insertion order, newest first. */
    static final Comparator<DeploymentRow> NEWEST_FIRST = Comparator
            .comparing((DeploymentRow row) -> row.createdAt)
            .thenComparingLong(row -> row.sequence)
            .reversed();

    final long sequence;
    final String deploymentId;
    String title;
    String description = "";
    String status = "running";
    String logPath = "";
    String pid;
    String applicationId;
    String composeId;
    String serverId;
    String previewDeploymentId;
    String createdAt;
    String startedAt;
    String finishedAt;
    String errorMessage;
    String scheduleId;
    String backupId;
    String rollbackId;
    String volumeBackupId;
    String buildServerId;
    /** The host whose disk holds the log file: a server id, or {@link LogStore#LOCAL} for the Dokploy host. */
    String logHost = LogStore.LOCAL;

    DeploymentRow(long sequence, String deploymentId) {
        this.sequence = sequence;
        this.deploymentId = deploymentId;
    }

    ObjectNode toJson() {
        ObjectNode json = WireJson.object();
        json.put("deploymentId", deploymentId);
        json.put("title", title);
        json.put("description", description);
        json.put("status", status);
        json.put("logPath", logPath);
        json.put("pid", pid);
        json.put("applicationId", applicationId);
        json.put("composeId", composeId);
        json.put("serverId", serverId);
        json.put("isPreviewDeployment", false);
        json.put("previewDeploymentId", previewDeploymentId);
        json.put("createdAt", createdAt);
        json.put("startedAt", startedAt);
        json.put("finishedAt", finishedAt);
        json.put("errorMessage", errorMessage);
        json.put("scheduleId", scheduleId);
        json.put("backupId", backupId);
        json.put("rollbackId", rollbackId);
        json.put("volumeBackupId", volumeBackupId);
        json.put("buildServerId", buildServerId);
        return json;
    }

    /** The owner column that {@code allByType} filters on. */
    String ownerColumn(String type) {
        switch (type) {
            case "application":
                return applicationId;
            case "compose":
                return composeId;
            case "server":
                return serverId;
            case "schedule":
                return scheduleId;
            case "previewDeployment":
                return previewDeploymentId;
            case "backup":
                return backupId;
            case "volumeBackup":
                return volumeBackupId;
            default:
                return null;
        }
    }

    /** The service whose 10-newest retention this row counts against. */
    String retentionOwner() {
        if (applicationId != null) {
            return applicationId;
        }
        if (composeId != null) {
            return composeId;
        }
        if (previewDeploymentId != null) {
            return previewDeploymentId;
        }
        if (scheduleId != null) {
            return scheduleId;
        }
        return serverId;
    }
}
