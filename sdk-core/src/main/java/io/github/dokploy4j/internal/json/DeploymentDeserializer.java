package io.github.dokploy4j.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.dokploy4j.deployment.ApplicationSummary;
import io.github.dokploy4j.deployment.ComposeSummary;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.Rollback;
import io.github.dokploy4j.deployment.ServerSummary;
import java.io.IOException;
import java.time.Instant;

/** A {@code deployment} row with the relations {@code allByType} and {@code allCentralized} embed. */
final class DeploymentDeserializer extends ModelDeserializer<Deployment, Deployment.Builder> {
    private static final long serialVersionUID = 1L;

    private transient Relation<Rollback> rollback;
    private transient Relation<ApplicationSummary> application;
    private transient Relation<ComposeSummary> compose;
    private transient Relation<ServerSummary> server;

    DeploymentDeserializer() {
        super(Deployment.class);
    }

    @Override
    void resolveRelations(DeserializationContext context) throws JsonMappingException {
        rollback = new Relation<>(context, Rollback.class);
        application = new Relation<>(context, ApplicationSummary.class);
        compose = new Relation<>(context, ComposeSummary.class);
        server = new Relation<>(context, ServerSummary.class);
    }

    @Override
    Deployment.Builder newBuilder() {
        return Deployment.builder();
    }

    @Override
    boolean readKey(String name, Deployment.Builder row, Columns columns, JsonParser parser,
            DeserializationContext context) throws IOException {
        switch (name) {
            case "deploymentId": {
                String value = columns.required(parser, context);
                if (value != null) {
                    row.deploymentId(value);
                }
                return true;
            }
            case "title": {
                String value = columns.required(parser, context);
                if (value != null) {
                    row.title(value);
                }
                return true;
            }
            case "description":
                row.description(columns.optional(parser, context));
                return true;
            case "status":
                row.rawStatus(columns.optional(parser, context));
                return true;
            case "logPath": {
                String value = columns.required(parser, context);
                if (value != null) {
                    row.logPath(value);
                }
                return true;
            }
            case "pid":
                row.pid(columns.optional(parser, context));
                return true;
            case "applicationId":
                row.applicationId(columns.optional(parser, context));
                return true;
            case "composeId":
                row.composeId(columns.optional(parser, context));
                return true;
            case "serverId":
                row.serverId(columns.optional(parser, context));
                return true;
            case "isPreviewDeployment":
                row.isPreviewDeployment(columns.flag(parser, context));
                return true;
            case "previewDeploymentId":
                row.previewDeploymentId(columns.optional(parser, context));
                return true;
            case "createdAt": {
                Instant value = columns.requiredInstant(parser, context);
                if (value != null) {
                    row.createdAt(value);
                }
                return true;
            }
            case "startedAt":
                row.startedAt(columns.optionalInstant(parser, context));
                return true;
            case "finishedAt":
                row.finishedAt(columns.optionalInstant(parser, context));
                return true;
            case "errorMessage":
                row.errorMessage(columns.optional(parser, context));
                return true;
            case "scheduleId":
                row.scheduleId(columns.optional(parser, context));
                return true;
            case "backupId":
                row.backupId(columns.optional(parser, context));
                return true;
            case "rollbackId":
                row.rollbackId(columns.optional(parser, context));
                return true;
            case "volumeBackupId":
                row.volumeBackupId(columns.optional(parser, context));
                return true;
            case "buildServerId":
                row.buildServerId(columns.optional(parser, context));
                return true;
            case "rollback":
                row.rollback(rollback.read(parser, context));
                return true;
            case "application":
                row.application(application.read(parser, context));
                return true;
            case "compose":
                row.compose(compose.read(parser, context));
                return true;
            case "server":
                row.server(server.read(parser, context));
                return true;
            case "buildServer":
                row.buildServer(server.read(parser, context));
                return true;
            default:
                return false;
        }
    }

    @Override
    void putUnknown(Deployment.Builder row, String name, JsonNode value) {
        row.putAdditionalProperties(name, value);
    }

    @Override
    Deployment build(Deployment.Builder row) {
        return row.build();
    }
}
