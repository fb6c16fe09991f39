package io.github.dokploy4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code application.create}, {@code one}, {@code update}, {@code delete}, {@code saveEnvironment} and
 * {@code saveDockerProvider} (captures-resources 009–015, 042; the checks read from Dokploy's application router).
 */
final class ApplicationRouter {

    private final FakeState state;
    private final ResourceRemoval removal;

    ApplicationRouter(FakeState state, ResourceRemoval removal) {
        this.state = state;
        this.removal = removal;
    }

    void register(ProcedureTable table) {
        table.add(OpenApiInputs.procedure("application.create", this::create));
        table.add(OpenApiInputs.procedure("application.one", input -> ServiceViews.one(state, find(input))));
        table.add(OpenApiInputs.procedure("application.update", this::update));
        table.add(OpenApiInputs.procedure("application.delete", this::delete));
        table.add(OpenApiInputs.procedure("application.saveEnvironment", this::saveEnvironment));
        table.add(OpenApiInputs.procedure("application.saveDockerProvider", this::saveDockerProvider));
    }

    private ServiceRecord find(ValidInput input) {
        ServiceRecord application = state.service(ServiceKind.APPLICATION, input.text("applicationId"));
        if (application == null) {
            throw TrpcError.notFound("Application not found");
        }
        return application;
    }

    /** The new row, without relations; {@code appName} gets a random suffix (see {@link AppNames}). */
    private JsonNode create(ValidInput input) {
        if (!state.environments.containsKey(input.text("environmentId"))) {
            throw TrpcError.notFound("Environment not found");
        }
        String serverId = input.text("serverId");
        if (serverId != null && !state.servers.containsKey(serverId)) {
            // the insert fails on the foreign key; the router hides the database's message
            throw TrpcError.badRequest("Error creating the application");
        }
        return new ResourceCreator(state).service(ServiceKind.APPLICATION, input.values(), null, null).row.deepCopy();
    }

    /** Sets every column the input names except {@code appName}, which {@code updateApplication} never changes. */
    private JsonNode update(ValidInput input) {
        ServiceRecord application = state.service(ServiceKind.APPLICATION, input.text("applicationId"));
        if (application == null) {
            throw TrpcError.badRequest("Error updating application");
        }
        ObjectNode values = input.values();
        values.remove("appName");
        ForeignKeys.requireKnown(state, values);
        ResourceCreator.copyGiven(values, application.row);
        return BooleanNode.TRUE;
    }

    /** Answers the deleted application with the relations it had. */
    private JsonNode delete(ValidInput input) {
        ServiceRecord application = find(input);
        ObjectNode deleted = ServiceViews.withRelations(state, application);
        removal.service(application);
        return deleted;
    }

    private JsonNode saveEnvironment(ValidInput input) {
        ServiceRecord application = find(input);
        application.row.set("env", input.node("env"));
        application.row.set("buildArgs", input.node("buildArgs"));
        application.row.set("buildSecrets", input.node("buildSecrets"));
        application.row.set("createEnvFile", input.node("createEnvFile"));
        return BooleanNode.TRUE;
    }

    /** Switches the source to the image; the status goes back to {@code idle}, whatever it was. */
    private JsonNode saveDockerProvider(ValidInput input) {
        ServiceRecord application = find(input);
        application.row.set("dockerImage", input.node("dockerImage"));
        application.row.set("username", input.node("username"));
        application.row.set("password", input.node("password"));
        application.row.put("sourceType", "docker");
        application.status("idle");
        application.row.set("registryUrl", input.node("registryUrl"));
        return BooleanNode.TRUE;
    }
}
