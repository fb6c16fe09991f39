package io.github.dokploy4j.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A row of the {@code domain} table. */
final class DomainRecord {

    final String domainId;
    /** Every column of the table, in its order (captures-resources 017). */
    final ObjectNode row;

    DomainRecord(String domainId, ObjectNode row) {
        this.domainId = domainId;
        this.row = row;
    }

    String applicationId() {
        return row.get("applicationId").textValue();
    }

    String composeId() {
        return row.get("composeId").textValue();
    }
}
