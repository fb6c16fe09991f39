package io.github.dokploy4j.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.dokploy4j.deployment.ComposeSummary;
import io.github.dokploy4j.deployment.EnvironmentSummary;
import io.github.dokploy4j.deployment.ServerSummary;
import java.io.IOException;

/**
 * The compose service a row of {@code allCentralized} embeds:
 * {@code {composeId, name, appName, icon, environment, server}}.
 */
final class ComposeSummaryDeserializer extends ModelDeserializer<ComposeSummary, ComposeSummary.Builder> {
    private static final long serialVersionUID = 1L;

    private transient Relation<EnvironmentSummary> environment;
    private transient Relation<ServerSummary> server;

    ComposeSummaryDeserializer() {
        super(ComposeSummary.class);
    }

    @Override
    void resolveRelations(DeserializationContext context) throws JsonMappingException {
        environment = new Relation<>(context, EnvironmentSummary.class);
        server = new Relation<>(context, ServerSummary.class);
    }

    @Override
    ComposeSummary.Builder newBuilder() {
        return ComposeSummary.builder();
    }

    @Override
    boolean readKey(String name, ComposeSummary.Builder compose, Columns columns, JsonParser parser,
            DeserializationContext context) throws IOException {
        switch (name) {
            case "composeId": {
                String value = columns.required(parser, context);
                if (value != null) {
                    compose.composeId(value);
                }
                return true;
            }
            case "name": {
                String value = columns.required(parser, context);
                if (value != null) {
                    compose.name(value);
                }
                return true;
            }
            case "appName": {
                String value = columns.required(parser, context);
                if (value != null) {
                    compose.appName(value);
                }
                return true;
            }
            case "icon":
                compose.icon(columns.optional(parser, context));
                return true;
            case "environment": {
                EnvironmentSummary value = environment.read(parser, context);
                if (value != null) {
                    compose.environment(value);
                }
                return true;
            }
            case "server":
                compose.server(server.read(parser, context));
                return true;
            default:
                return false;
        }
    }

    @Override
    void putUnknown(ComposeSummary.Builder compose, String name, JsonNode value) {
        compose.putAdditionalProperties(name, value);
    }

    @Override
    ComposeSummary build(ComposeSummary.Builder compose) {
        return compose.build();
    }
}
