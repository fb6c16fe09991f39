package io.github.dokploy4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.Comparator;

/**
 * {@code environment.create}, {@code one}, {@code byProjectId}, {@code update} and {@code remove} (captures-resources
 * 005–008, 045; the checks and their messages read from Dokploy's environment router).
 */
final class EnvironmentRouter {

    private final FakeState state;
    private final ResourceRemoval removal;
    private final ProjectViews views;

    EnvironmentRouter(FakeState state, ResourceRemoval removal) {
        this.state = state;
        this.removal = removal;
        this.views = new ProjectViews(state);
    }

    void register(ProcedureTable table) {
        table.add(OpenApiInputs.procedure("environment.create", this::create));
        table.add(OpenApiInputs.procedure("environment.one", input -> views.environment(find(input))));
        table.add(OpenApiInputs.procedure("environment.byProjectId", this::byProjectId));
        table.add(OpenApiInputs.procedure("environment.update", this::update));
        table.add(OpenApiInputs.procedure("environment.remove", this::remove));
    }

    private EnvironmentRecord find(ValidInput input) {
        EnvironmentRecord environment = state.environments.get(input.text("environmentId"));
        if (environment == null) {
            throw TrpcError.notFound("Environment not found");
        }
        return environment;
    }

    private JsonNode create(ValidInput input) {
        if ("production".equals(input.text("name"))) {
            throw TrpcError.badRequest("You cannot create a environment with the name 'production'");
        }
        if (!state.projects.containsKey(input.text("projectId"))) {
            // the insert fails on the foreign key and the router wraps the database's message
            throw TrpcError.badRequest("Error creating the environment: insert or update on table \"environment\""
                    + " violates foreign key constraint \"environment_projectId_project_projectId_fk\"");
        }
        return new ResourceCreator(state).environment(input.values()).row.deepCopy();
    }

    /** Oldest first ({@code ORDER BY createdAt}); an unknown project has none. */
    private JsonNode byProjectId(ValidInput input) {
        ArrayNode environments = WireJson.array();
        state.environments.values().stream()
                .filter(environment -> environment.projectId().equals(input.text("projectId")))
                .sorted(Comparator.comparing(EnvironmentRecord::createdAt)
                        .thenComparingLong(environment -> environment.sequence))
                .forEach(environment -> environments.add(views.listedEnvironment(environment)));
        return environments;
    }

    /** Every failure, a missing environment included, is a 400 "Error updating the environment: …". */
    private JsonNode update(ValidInput input) {
        EnvironmentRecord environment = state.environments.get(input.text("environmentId"));
        if (environment == null) {
            throw TrpcError.badRequest("Error updating the environment: Environment not found");
        }
        if (environment.isDefault() && input.has("name")) {
            throw TrpcError.badRequest("Error updating the environment: You cannot rename the default environment");
        }
        String projectId = input.text("projectId");
        if (input.has("projectId") && !state.projects.containsKey(projectId)) {
            throw TrpcError.badRequest("Error updating the environment: insert or update on table \"environment\""
                    + " violates foreign key constraint \"environment_projectId_project_projectId_fk\"");
        }
        ResourceCreator.copyGiven(input.values(), environment.row);
        return environment.row.deepCopy();
    }

    private JsonNode remove(ValidInput input) {
        EnvironmentRecord environment = find(input);
        if (environment.isDefault()) {
            throw TrpcError.badRequest("You cannot delete the default environment");
        }
        boolean hasServices = state.services.values().stream()
                .anyMatch(service -> environment.environmentId.equals(service.environmentId()));
        if (hasServices) {
            throw TrpcError.badRequest(
                    "Cannot delete environment: it has active services. Delete all services first.");
        }
        removal.environment(environment);
        return environment.row.deepCopy();
    }
}
