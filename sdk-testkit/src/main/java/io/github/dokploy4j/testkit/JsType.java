package io.github.dokploy4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;

/** The JavaScript type zod reports as "received" for a JSON value; {@code null} stands for {@code undefined}. */
final class JsType {

    private JsType() {
    }

    static String of(JsonNode raw) {
        if (raw == null || raw.isMissingNode()) {
            return "undefined";
        }
        if (raw.isNull()) {
            return "null";
        }
        if (raw.isTextual()) {
            return "string";
        }
        if (raw.isNumber()) {
            return "number";
        }
        if (raw.isBoolean()) {
            return "boolean";
        }
        return raw.isArray() ? "array" : "object";
    }
}
