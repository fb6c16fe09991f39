package io.github.dokploy4j.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.dokploy4j.deployment.QueueJobData;
import java.io.IOException;

/** What a queue job was asked to do: the service, the deployment's title, the kind of build. */
final class QueueJobDataDeserializer extends ModelDeserializer<QueueJobData, QueueJobData.Builder> {
    private static final long serialVersionUID = 1L;

    QueueJobDataDeserializer() {
        super(QueueJobData.class);
    }

    @Override
    QueueJobData.Builder newBuilder() {
        return QueueJobData.builder();
    }

    @Override
    boolean readKey(String name, QueueJobData.Builder data, Columns columns, JsonParser parser,
            DeserializationContext context) throws IOException {
        switch (name) {
            case "applicationId":
                data.applicationId(columns.optional(parser, context));
                return true;
            case "composeId":
                data.composeId(columns.optional(parser, context));
                return true;
            case "previewDeploymentId":
                data.previewDeploymentId(columns.optional(parser, context));
                return true;
            case "titleLog": {
                String value = columns.required(parser, context);
                if (value != null) {
                    data.titleLog(value);
                }
                return true;
            }
            case "descriptionLog":
                data.descriptionLog(columns.optional(parser, context));
                return true;
            case "type": {
                String value = columns.required(parser, context);
                if (value != null) {
                    data.type(value);
                }
                return true;
            }
            case "applicationType": {
                String value = columns.required(parser, context);
                if (value != null) {
                    data.applicationType(value);
                }
                return true;
            }
            case "server":
                data.server(columns.flag(parser, context));
                return true;
            case "serverId":
                data.serverId(columns.optional(parser, context));
                return true;
            default:
                return false;
        }
    }

    @Override
    void putUnknown(QueueJobData.Builder data, String name, JsonNode value) {
        data.putAdditionalProperties(name, value);
    }

    @Override
    QueueJobData build(QueueJobData.Builder data) {
        return data.build();
    }
}
