package io.github.dokploy4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;

/**
 * {@code project.create}, {@code one}, {@code all}, {@code update} and {@code remove} (captured answers 001–004, 046).
 */
final class ProjectRouter {

    private final FakeState state;
    private final ResourceRemoval removal;
    private final ProjectViews views;

    ProjectRouter(FakeState state, ResourceRemoval removal) {
        this.state = state;
        this.removal = removal;
        this.views = new ProjectViews(state);
    }

    void register(ProcedureTable table) {
        table.add(OpenApiInputs.procedure("project.create", this::create));
        table.add(OpenApiInputs.procedure("project.one", input -> views.one(find(input))));
        table.add(Procedure.query("project.all", null, input -> all()));
        table.add(OpenApiInputs.procedure("project.update", this::update));
        table.add(OpenApiInputs.procedure("project.remove", this::remove));
    }

    private ProjectRecord find(ValidInput input) {
        ProjectRecord project = state.projects.get(input.text("projectId"));
        if (project == null) {
            throw TrpcError.notFound("Project not found");
        }
        return project;
    }

    /** Answers {@code {project, environment}}: the new row and its default {@code production} environment. */
    private JsonNode create(ValidInput input) {
        ProjectRecord project = new ResourceCreator(state).project(input.values());
        ObjectNode answer = WireJson.object();
        answer.set("project", project.row.deepCopy());
        answer.set("environment", views.environmentsOf(project.projectId).get(0).row.deepCopy());
        return answer;
    }

    /** Newest first ({@code ORDER BY createdAt DESC}). */
    private JsonNode all() {
        ArrayNode projects = WireJson.array();
        state.projects.values().stream()
                .sorted(Comparator.comparing(ProjectRecord::createdAt)
                        .thenComparingLong(project -> project.sequence).reversed())
                .forEach(project -> projects.add(views.listed(project)));
        return projects;
    }

    /** Sets every column the input names (the id, {@code createdAt} and {@code organizationId} included). */
    private JsonNode update(ValidInput input) {
        ProjectRecord project = find(input);
        ResourceCreator.copyGiven(input.values(), project.row);
        return project.row.deepCopy();
    }

    private JsonNode remove(ValidInput input) {
        ProjectRecord project = find(input);
        removal.project(project);
        return project.row.deepCopy();
    }
}
