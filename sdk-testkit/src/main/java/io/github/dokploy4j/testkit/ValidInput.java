package io.github.dokploy4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A procedure's input after validation: only the keys its schema knows, absent optional keys left out. */
final class ValidInput {

    static final ValidInput NONE = new ValidInput(WireJson.object());

    private final ObjectNode values;

    ValidInput(ObjectNode values) {
        this.values = values;
    }

    /** The text of a key, or {@code null} when it is absent or JSON {@code null}. */
    String text(String name) {
        JsonNode value = values.get(name);
        return value == null ? null : value.textValue();
    }

    int integer(String name) {
        return values.get(name).intValue();
    }

    boolean has(String name) {
        return values.has(name);
    }

    /** The value of a key as given ({@code NullNode} for JSON null), or {@code null} when absent. */
    JsonNode node(String name) {
        return values.get(name);
    }

    /** Every key that was given, in the schema's order. */
    ObjectNode values() {
        return values.deepCopy();
    }
}
