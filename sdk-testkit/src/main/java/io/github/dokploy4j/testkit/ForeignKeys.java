package io.github.dokploy4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Predicate;

/**
 * The foreign keys of a service's row that the fake follows: an update that points them at a row that does not exist
 * fails in the database, and tRPC turns that error into a 500 "Internal server error".
 */
final class ForeignKeys {

    private ForeignKeys() {
    }

    static void requireKnown(FakeState state, ObjectNode values) {
        boolean known = known(values.get("environmentId"), state.environments.keySet()::contains)
                && known(values.get("buildServerId"), state.servers.keySet()::contains);
        if (!known) {
            throw TrpcError.of("INTERNAL_SERVER_ERROR", "Internal server error");
        }
    }

    private static boolean known(JsonNode id, Predicate<String> exists) {
        return id == null || id.isNull() || exists.test(id.textValue());
    }
}
