package io.github.dokploy4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code compose.create}, {@code one}, {@code update}, {@code delete} and {@code saveEnvironment} (captures-resources
 * 023–026, 044; the checks read from Dokploy's compose router).
 */
final class ComposeRouter {

    private final FakeState state;
    private final ResourceRemoval removal;

    ComposeRouter(FakeState state, ResourceRemoval removal) {
        this.state = state;
        this.removal = removal;
    }

    void register(ProcedureTable table) {
        table.add(OpenApiInputs.procedure("compose.create", this::create));
        table.add(OpenApiInputs.procedure("compose.one", input -> ServiceViews.one(state, find(input))));
        table.add(OpenApiInputs.procedure("compose.update", this::update));
        table.add(OpenApiInputs.procedure("compose.delete", this::delete));
        table.add(OpenApiInputs.procedure("compose.saveEnvironment", this::saveEnvironment));
    }

    private ServiceRecord find(ValidInput input) {
        ServiceRecord compose = state.service(ServiceKind.COMPOSE, input.text("composeId"));
        if (compose == null) {
            throw TrpcError.notFound("Compose not found");
        }
        return compose;
    }

    private JsonNode create(ValidInput input) {
        if (!state.environments.containsKey(input.text("environmentId"))) {
            throw TrpcError.notFound("Environment not found");
        }
        String serverId = input.text("serverId");
        if (serverId != null && !state.servers.containsKey(serverId)) {
            throw TrpcError.of("UNAUTHORIZED", "You are not authorized to access this server");
        }
        return new ResourceCreator(state).service(ServiceKind.COMPOSE, input.values(), null, null).row.deepCopy();
    }

    /**
     * Answers the updated row; for an unknown id {@code updateCompose} finds no row and the procedure returns
     * {@code undefined}, an empty 200 body.
     */
    private JsonNode update(ValidInput input) {
        ServiceRecord compose = state.service(ServiceKind.COMPOSE, input.text("composeId"));
        if (compose == null) {
            return null;
        }
        ObjectNode values = input.values();
        values.remove("appName");
        ForeignKeys.requireKnown(state, values);
        ResourceCreator.copyGiven(values, compose.row);
        return compose.row.deepCopy();
    }

    private JsonNode delete(ValidInput input) {
        ServiceRecord compose = find(input);
        ObjectNode deleted = ServiceViews.withRelations(state, compose);
        removal.service(compose);
        return deleted;
    }

    private JsonNode saveEnvironment(ValidInput input) {
        ServiceRecord compose = state.service(ServiceKind.COMPOSE, input.text("composeId"));
        if (compose == null) {
            throw TrpcError.badRequest("Error adding environment variables");
        }
        compose.row.set("env", input.node("env"));
        return BooleanNode.TRUE;
    }
}
