package io.github.dokploy4j.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.dokploy4j.deployment.QueueJob;
import io.github.dokploy4j.deployment.QueueJobData;
import io.github.dokploy4j.deployment.ServicePath;
import java.io.IOException;

/** A job of the build queue ({@code queueList}), its times in epoch milliseconds. */
final class QueueJobDeserializer extends ModelDeserializer<QueueJob, QueueJob.Builder> {
    private static final long serialVersionUID = 1L;

    private transient Relation<QueueJobData> data;
    private transient Relation<ServicePath> servicePath;

    QueueJobDeserializer() {
        super(QueueJob.class);
    }

    @Override
    void resolveRelations(DeserializationContext context) throws JsonMappingException {
        data = new Relation<>(context, QueueJobData.class);
        servicePath = new Relation<>(context, ServicePath.class);
    }

    @Override
    QueueJob.Builder newBuilder() {
        return QueueJob.builder();
    }

    @Override
    boolean readKey(String name, QueueJob.Builder job, Columns columns, JsonParser parser,
            DeserializationContext context) throws IOException {
        switch (name) {
            case "id": {
                String value = columns.required(parser, context);
                if (value != null) {
                    job.id(value);
                }
                return true;
            }
            case "name":
                job.name(columns.optional(parser, context));
                return true;
            case "data": {
                QueueJobData value = data.read(parser, context);
                if (value != null) {
                    job.data(value);
                }
                return true;
            }
            case "timestamp":
                job.queuedAt(columns.optionalInstant(parser, context));
                return true;
            case "processedOn":
                job.startedAt(columns.optionalInstant(parser, context));
                return true;
            case "finishedOn":
                job.finishedAt(columns.optionalInstant(parser, context));
                return true;
            case "failedReason":
                job.failedReason(columns.optional(parser, context));
                return true;
            case "state":
                job.rawState(columns.optional(parser, context));
                return true;
            case "servicePath": {
                ServicePath value = servicePath.read(parser, context);
                if (value != null) {
                    job.servicePath(value);
                }
                return true;
            }
            default:
                return false;
        }
    }

    @Override
    void putUnknown(QueueJob.Builder job, String name, JsonNode value) {
        job.putAdditionalProperties(name, value);
    }

    @Override
    QueueJob build(QueueJob.Builder job) {
        return job.build();
    }
}
