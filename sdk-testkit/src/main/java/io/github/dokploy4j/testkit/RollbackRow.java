package io.github.dokploy4j.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A row of the {@code rollback} table, as {@code allByType} embeds it. */
final class RollbackRow {

    final String rollbackId;
    final String deploymentId;
    final int version;
    final String image;
    final String createdAt;
    final ObjectNode fullContext;

    RollbackRow(String rollbackId, String deploymentId, int version, String image, String createdAt,
            ObjectNode fullContext) {
        this.rollbackId = rollbackId;
        this.deploymentId = deploymentId;
        this.version = version;
        this.image = image;
        this.createdAt = createdAt;
        this.fullContext = fullContext;
    }

    ObjectNode toJson() {
        ObjectNode json = WireJson.object();
        json.put("rollbackId", rollbackId);
        json.put("deploymentId", deploymentId);
        json.put("version", version);
        json.put("image", image);
        json.put("createdAt", createdAt);
        json.set("fullContext", fullContext.deepCopy());
        return json;
    }
}
