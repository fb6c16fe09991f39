package io.github.dokploy4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A procedure's input after validation. */
final class ValidInput {

    static final ValidInput NONE = new ValidInput(WireJson.object());

    private final ObjectNode values;

    ValidInput(ObjectNode values) {
        this.values = values;
    }

    String text(String name) {
        JsonNode value = values.get(name);
        return value == null ? null : value.textValue();
    }

    int integer(String name) {
        return values.get(name).intValue();
    }
}
