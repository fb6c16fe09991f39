package io.github.dokploy4j.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.dokploy4j.deployment.ProjectSummary;
import java.io.IOException;

/** An environment's project as {@code allCentralized} embeds it: {@code {projectId, name}}. */
final class ProjectSummaryDeserializer extends ModelDeserializer<ProjectSummary, ProjectSummary.Builder> {
    private static final long serialVersionUID = 1L;

    ProjectSummaryDeserializer() {
        super(ProjectSummary.class);
    }

    @Override
    ProjectSummary.Builder newBuilder() {
        return ProjectSummary.builder();
    }

    @Override
    boolean readKey(String name, ProjectSummary.Builder project, Columns columns, JsonParser parser,
            DeserializationContext context) throws IOException {
        switch (name) {
            case "projectId": {
                String value = columns.required(parser, context);
                if (value != null) {
                    project.projectId(value);
                }
                return true;
            }
            case "name": {
                String value = columns.required(parser, context);
                if (value != null) {
                    project.name(value);
                }
                return true;
            }
            default:
                return false;
        }
    }

    @Override
    void putUnknown(ProjectSummary.Builder project, String name, JsonNode value) {
        project.putAdditionalProperties(name, value);
    }

    @Override
    ProjectSummary build(ProjectSummary.Builder project) {
        return project.build();
    }
}
