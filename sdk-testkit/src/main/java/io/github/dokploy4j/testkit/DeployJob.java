package io.github.dokploy4j.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A job of the in-memory deployments queue (self-hosted v0.29.9+): {@code job-<n>}, waiting or active. */
final class DeployJob {

    static final String LOCAL_PARTITION = "__local__";

    final long number;
    final ServiceKind kind;
    /** The application, compose or preview deployment whose build this is. */
    final String serviceId;
    /** For preview jobs, the preview's application. */
    final String applicationId;
    final String type;
    final String titleLog;
    final String descriptionLog;
    final String serverId;
    final long timestamp;
    Long processedOn;
    String state = "waiting";
    BuildRun run;

    DeployJob(long number, ServiceKind kind, String serviceId, String applicationId, String type, String titleLog,
            String descriptionLog, String serverId, long timestamp) {
        this.number = number;
        this.kind = kind;
        this.serviceId = serviceId;
        this.applicationId = applicationId;
        this.type = type;
        this.titleLog = titleLog;
        this.descriptionLog = descriptionLog;
        this.serverId = serverId;
        this.timestamp = timestamp;
    }

    String id() {
        return "job-" + number;
    }

    String partition() {
        return serverId == null ? LOCAL_PARTITION : serverId;
    }

    /** The job's {@code data}, in the key order each router builds it. */
    ObjectNode dataJson() {
        ObjectNode data = WireJson.object();
        switch (kind) {
            case COMPOSE:
                data.put("composeId", serviceId);
                data.put("titleLog", titleLog);
                data.put("type", type);
                data.put("applicationType", kind.applicationType);
                data.put("descriptionLog", descriptionLog);
                break;
            case PREVIEW:
                data.put("applicationId", applicationId);
                data.put("titleLog", titleLog);
                data.put("descriptionLog", descriptionLog);
                data.put("type", type);
                data.put("applicationType", kind.applicationType);
                data.put("previewDeploymentId", serviceId);
                break;
            default:
                data.put("applicationId", serviceId);
                data.put("titleLog", titleLog);
                data.put("descriptionLog", descriptionLog);
                data.put("type", type);
                data.put("applicationType", kind.applicationType);
                break;
        }
        data.put("server", serverId != null);
        if (serverId != null) {
            data.put("serverId", serverId);
        }
        return data;
    }
}
