package io.github.dokploy4j.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A row of the {@code project} table. */
final class ProjectRecord {

    final String projectId;
    /** projectId, name, description, createdAt, organizationId, env. */
    final ObjectNode row;
    /** Creation order, for rows created in the same millisecond. */
    final long sequence;

    ProjectRecord(String projectId, ObjectNode row, long sequence) {
        this.projectId = projectId;
        this.row = row;
        this.sequence = sequence;
    }

    String createdAt() {
        return row.get("createdAt").textValue();
    }
}
