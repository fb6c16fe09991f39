package io.github.dokploy4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An application or compose service: its row, every column of its table in their order (what
 * {@code application.create} or {@code compose.create} answer), and what the fake needs beyond it.
 */
final class ServiceRecord {

    final ServiceKind kind;
    final String id;
    final ObjectNode row;
    /**
     * For services seeded with a git source, the head commit a build swaps into its deployment's title and
     * description when it ends; {@code null} for the others (the fake clones no repository).
     */
    final String commitMessage;
    final String commitSha;

    ServiceRecord(ServiceKind kind, ObjectNode row, String commitMessage, String commitSha) {
        this.kind = kind;
        this.id = row.get(idKey(kind)).textValue();
        this.row = row;
        this.commitMessage = commitMessage;
        this.commitSha = commitSha;
    }

    static String idKey(ServiceKind kind) {
        return kind == ServiceKind.COMPOSE ? "composeId" : "applicationId";
    }

    String name() {
        return text("name");
    }

    String appName() {
        return text("appName");
    }

    String serverId() {
        return text("serverId");
    }

    /** Applications only; compose services have no build server. */
    String buildServerId() {
        return kind == ServiceKind.APPLICATION ? text("buildServerId") : null;
    }

    String environmentId() {
        return text("environmentId");
    }

    /** {@code applicationStatus} / {@code composeStatus}: idle, running, done, error. */
    String status() {
        return text(statusKey());
    }

    void status(String status) {
        row.put(statusKey(), status);
    }

    boolean rollbacks() {
        return kind == ServiceKind.APPLICATION && row.path("rollbackActive").asBoolean(false);
    }

    /** Whether a build ends by taking the commit's message and sha as its deployment's title and description. */
    boolean swapsInCommitInfo() {
        String source = text("sourceType");
        return commitMessage != null && !"docker".equals(source) && !"drop".equals(source) && !"raw".equals(source);
    }

    /** Where the build's log file is written: the build server, else the deploy server, else the Dokploy host. */
    String logHost() {
        if (buildServerId() != null) {
            return buildServerId();
        }
        return serverId() != null ? serverId() : LogStore.LOCAL;
    }

    private String statusKey() {
        return kind == ServiceKind.COMPOSE ? "composeStatus" : "applicationStatus";
    }

    private String text(String column) {
        JsonNode value = row.get(column);
        return value == null ? null : value.textValue();
    }
}
