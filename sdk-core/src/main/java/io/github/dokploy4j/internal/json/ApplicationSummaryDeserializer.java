package io.github.dokploy4j.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.dokploy4j.deployment.ApplicationSummary;
import io.github.dokploy4j.deployment.EnvironmentSummary;
import io.github.dokploy4j.deployment.ServerSummary;
import java.io.IOException;

/**
 * The application a row of {@code allCentralized} embeds:
 * {@code {applicationId, name, appName, icon, environment, server, buildServer}}.
 */
final class ApplicationSummaryDeserializer extends ModelDeserializer<ApplicationSummary, ApplicationSummary.Builder> {
    private static final long serialVersionUID = 1L;

    private transient Relation<EnvironmentSummary> environment;
    private transient Relation<ServerSummary> server;

    ApplicationSummaryDeserializer() {
        super(ApplicationSummary.class);
    }

    @Override
    void resolveRelations(DeserializationContext context) throws JsonMappingException {
        environment = new Relation<>(context, EnvironmentSummary.class);
        server = new Relation<>(context, ServerSummary.class);
    }

    @Override
    ApplicationSummary.Builder newBuilder() {
        return ApplicationSummary.builder();
    }

    @Override
    boolean readKey(String name, ApplicationSummary.Builder application, Columns columns, JsonParser parser,
            DeserializationContext context) throws IOException {
        switch (name) {
            case "applicationId": {
                String value = columns.required(parser, context);
                if (value != null) {
                    application.applicationId(value);
                }
                return true;
            }
            case "name": {
                String value = columns.required(parser, context);
                if (value != null) {
                    application.name(value);
                }
                return true;
            }
            case "appName": {
                String value = columns.required(parser, context);
                if (value != null) {
                    application.appName(value);
                }
                return true;
            }
            case "icon":
                application.icon(columns.optional(parser, context));
                return true;
            case "environment": {
                EnvironmentSummary value = environment.read(parser, context);
                if (value != null) {
                    application.environment(value);
                }
                return true;
            }
            case "server":
                application.server(server.read(parser, context));
                return true;
            case "buildServer":
                application.buildServer(server.read(parser, context));
                return true;
            default:
                return false;
        }
    }

    @Override
    void putUnknown(ApplicationSummary.Builder application, String name, JsonNode value) {
        application.putAdditionalProperties(name, value);
    }

    @Override
    ApplicationSummary build(ApplicationSummary.Builder application) {
        return application.build();
    }
}
