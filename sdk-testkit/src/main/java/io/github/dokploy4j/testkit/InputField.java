package io.github.dokploy4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One key of a procedure's zod input object and the zod 4.3.6 issues it raises, key by key in zod's own order
 * ({@code expected, code, ..., path, message}).
 */
abstract class InputField {

    final String name;

    InputField(String name) {
        this.name = name;
    }

    /**
     * Checks the raw value ({@code null} when the key is absent) and returns the parsed value, or {@code null} after
     * adding issues (also {@code null} for an absent optional key).
     */
    abstract JsonNode check(JsonNode raw, ArrayNode issues);

    static InputField requiredId(String name) {
        return new Text(name, true, true);
    }

    /** {@code z.string()} without {@code .min(1)}: an empty string passes. */
    static InputField requiredString(String name) {
        return new Text(name, true, false);
    }

    static InputField optionalString(String name) {
        return new Text(name, false, false);
    }

    static InputField oneOf(String name, List<String> values) {
        return new OneOf(name, values);
    }

    /** {@code z.number().int().min(min).max(max).default(fallback)}, coerced from the query string. */
    static InputField coercedInt(String name, int min, int max, int fallback) {
        return new CoercedInt(name, min, max, fallback);
    }

    /** zod's {@code parsedType}: the word after "received". */
    static String receivedType(JsonNode raw) {
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

    ObjectNode invalidType(String expected, JsonNode raw) {
        ObjectNode issue = WireJson.object();
        issue.put("expected", expected);
        issue.put("code", "invalid_type");
        return finish(issue, "Invalid input: expected " + expected + ", received " + receivedType(raw));
    }

    ObjectNode finish(ObjectNode issue, String message) {
        issue.set("path", WireJson.array().add(name));
        issue.put("message", message);
        return issue;
    }

    private static final class Text extends InputField {
        private final boolean required;
        private final boolean nonEmpty;

        Text(String name, boolean required, boolean nonEmpty) {
            super(name);
            this.required = required;
            this.nonEmpty = nonEmpty;
        }

        @Override
        JsonNode check(JsonNode raw, ArrayNode issues) {
            if (raw == null && !required) {
                return null;
            }
            if (raw == null || !raw.isTextual()) {
                issues.add(invalidType("string", raw));
                return null;
            }
            if (nonEmpty && raw.textValue().isEmpty()) {
                ObjectNode issue = WireJson.object();
                issue.put("origin", "string");
                issue.put("code", "too_small");
                issue.put("minimum", 1);
                issue.put("inclusive", true);
                issues.add(finish(issue, "Too small: expected string to have >=1 characters"));
                return null;
            }
            return raw;
        }
    }

    private static final class OneOf extends InputField {
        private final List<String> values;

        OneOf(String name, List<String> values) {
            super(name);
            this.values = List.copyOf(values);
        }

        @Override
        JsonNode check(JsonNode raw, ArrayNode issues) {
            if (raw != null && raw.isTextual() && values.contains(raw.textValue())) {
                return raw;
            }
            ObjectNode issue = WireJson.object();
            issue.put("code", "invalid_value");
            ArrayNode allowed = issue.putArray("values");
            StringBuilder message = new StringBuilder("Invalid option: expected one of ");
            for (int i = 0; i < values.size(); i++) {
                allowed.add(values.get(i));
                message.append(i == 0 ? "" : "|").append('"').append(values.get(i)).append('"');
            }
            issues.add(finish(issue, message.toString()));
            return null;
        }
    }

    private static final class CoercedInt extends InputField {
        private final int min;
        private final int max;
        private final int fallback;

        CoercedInt(String name, int min, int max, int fallback) {
            super(name);
            this.min = min;
            this.max = max;
            this.fallback = fallback;
        }

        @Override
        JsonNode check(JsonNode raw, ArrayNode issues) {
            if (raw == null) {
                return IntNode.valueOf(fallback);
            }
            double number = JsNumber.of(raw);
            if (Double.isNaN(number) || Double.isInfinite(number)) {
                ObjectNode issue = WireJson.object();
                issue.put("expected", "number");
                issue.put("code", "invalid_type");
                issue.put("received", Double.isNaN(number) ? "NaN" : "Infinity");
                issues.add(finish(issue, "Invalid input: expected number, received "
                        + (Double.isNaN(number) ? "NaN" : "number")));
                return null;
            }
            if (number != Math.rint(number)) {
                ObjectNode issue = WireJson.object();
                issue.put("expected", "int");
                issue.put("format", "safeint");
                issue.put("code", "invalid_type");
                issues.add(finish(issue, "Invalid input: expected int, received number"));
                return null;
            }
            int before = issues.size();
            if (number < min) {
                ObjectNode issue = WireJson.object();
                issue.put("origin", "number");
                issue.put("code", "too_small");
                issue.put("minimum", min);
                issue.put("inclusive", true);
                issues.add(finish(issue, "Too small: expected number to be >=" + min));
            }
            if (number > max) {
                ObjectNode issue = WireJson.object();
                issue.put("origin", "number");
                issue.put("code", "too_big");
                issue.put("maximum", max);
                issue.put("inclusive", true);
                issues.add(finish(issue, "Too big: expected number to be <=" + max));
            }
            return issues.size() == before ? IntNode.valueOf((int) number) : null;
        }
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + name + "]";
    }
}
