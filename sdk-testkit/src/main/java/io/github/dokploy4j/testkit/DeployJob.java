package io.github.dokploy4j.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A job of the deployments queue, waiting or active; its id and partition depend on the {@link QueueEra}. */
final class DeployJob {

    final long number;
    final String id;
    final String partition;
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

    DeployJob(QueueEra era, long number, ServiceKind kind, String serviceId, String applicationId, String type,
            String titleLog, String descriptionLog, String serverId, long timestamp) {
        this.number = number;
        this.id = era.jobId(number);
        this.partition = era.partition(serverId);
        this.kind = kind;
        this.serviceId = serviceId;
        this.applicationId = applicationId;
        this.type = type;
        this.titleLog = titleLog;
        this.descriptionLog = descriptionLog;
        this.serverId = serverId;
        this.timestamp = timestamp;
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
