package io.github.dokploy4j.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.dokploy4j.deployment.ServerSummary;
import java.io.IOException;

/** A remote or build server as {@code allCentralized} embeds it: {@code {serverId, name, serverType}}. */
final class ServerSummaryDeserializer extends ModelDeserializer<ServerSummary, ServerSummary.Builder> {
    private static final long serialVersionUID = 1L;

    ServerSummaryDeserializer() {
        super(ServerSummary.class);
    }

    @Override
    ServerSummary.Builder newBuilder() {
        return ServerSummary.builder();
    }

    @Override
    boolean readKey(String name, ServerSummary.Builder server, Columns columns, JsonParser parser,
            DeserializationContext context) throws IOException {
        switch (name) {
            case "serverId": {
                String value = columns.required(parser, context);
                if (value != null) {
                    server.serverId(value);
                }
                return true;
            }
            case "name": {
                String value = columns.required(parser, context);
                if (value != null) {
                    server.name(value);
                }
                return true;
            }
            case "serverType":
                server.rawServerType(columns.optional(parser, context));
                return true;
            default:
                return false;
        }
    }

    @Override
    void putUnknown(ServerSummary.Builder server, String name, JsonNode value) {
        server.putAdditionalProperties(name, value);
    }

    @Override
    ServerSummary build(ServerSummary.Builder server) {
        return server.build();
    }
}
