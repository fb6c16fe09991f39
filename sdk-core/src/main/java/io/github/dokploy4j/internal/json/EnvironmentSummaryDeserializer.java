package io.github.dokploy4j.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.dokploy4j.deployment.EnvironmentSummary;
import io.github.dokploy4j.deployment.ProjectSummary;
import java.io.IOException;

/** A service's environment as {@code allCentralized} embeds it: {@code {environmentId, name, project}}. */
final class EnvironmentSummaryDeserializer extends ModelDeserializer<EnvironmentSummary, EnvironmentSummary.Builder> {
    private static final long serialVersionUID = 1L;

    private transient Relation<ProjectSummary> project;

    EnvironmentSummaryDeserializer() {
        super(EnvironmentSummary.class);
    }

    @Override
    void resolveRelations(DeserializationContext context) throws JsonMappingException {
        project = new Relation<>(context, ProjectSummary.class);
    }

    @Override
    EnvironmentSummary.Builder newBuilder() {
        return EnvironmentSummary.builder();
    }

    @Override
    boolean readKey(String name, EnvironmentSummary.Builder environment, Columns columns, JsonParser parser,
            DeserializationContext context) throws IOException {
        switch (name) {
            case "environmentId": {
                String value = columns.required(parser, context);
                if (value != null) {
                    environment.environmentId(value);
                }
                return true;
            }
            case "name": {
                String value = columns.required(parser, context);
                if (value != null) {
                    environment.name(value);
                }
                return true;
            }
            case "project": {
                ProjectSummary value = project.read(parser, context);
                if (value != null) {
                    environment.project(value);
                }
                return true;
            }
            default:
                return false;
        }
    }

    @Override
    void putUnknown(EnvironmentSummary.Builder environment, String name, JsonNode value) {
        environment.putAdditionalProperties(name, value);
    }

    @Override
    EnvironmentSummary build(EnvironmentSummary.Builder environment) {
        return environment.build();
    }
}
