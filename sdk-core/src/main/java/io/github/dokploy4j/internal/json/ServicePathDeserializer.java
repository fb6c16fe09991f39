package io.github.dokploy4j.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.dokploy4j.deployment.ServicePath;
import java.io.IOException;

/** Where the dashboard shows a queue job's service: {@code {href, label}}. */
final class ServicePathDeserializer extends ModelDeserializer<ServicePath, ServicePath.Builder> {
    private static final long serialVersionUID = 1L;

    ServicePathDeserializer() {
        super(ServicePath.class);
    }

    @Override
    ServicePath.Builder newBuilder() {
        return ServicePath.builder();
    }

    @Override
    boolean readKey(String name, ServicePath.Builder path, Columns columns, JsonParser parser,
            DeserializationContext context) throws IOException {
        switch (name) {
            case "href":
                path.href(columns.optional(parser, context));
                return true;
            case "label": {
                String value = columns.required(parser, context);
                if (value != null) {
                    path.label(value);
                }
                return true;
            }
            default:
                return false;
        }
    }

    @Override
    void putUnknown(ServicePath.Builder path, String name, JsonNode value) {
        path.putAdditionalProperties(name, value);
    }

    @Override
    ServicePath build(ServicePath.Builder path) {
        return path.build();
    }
}
