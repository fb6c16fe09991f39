package io.github.dokploy4j.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A row of the {@code environment} table. */
final class EnvironmentRecord {

    final String environmentId;
    /** environmentId, name, description, createdAt, env, projectId, isDefault. */
    final ObjectNode row;
    final long sequence;

    EnvironmentRecord(String environmentId, ObjectNode row, long sequence) {
        this.environmentId = environmentId;
        this.row = row;
        this.sequence = sequence;
    }

    String projectId() {
        return row.get("projectId").textValue();
    }

    boolean isDefault() {
        return row.get("isDefault").booleanValue();
    }

    String createdAt() {
        return row.get("createdAt").textValue();
    }
}
