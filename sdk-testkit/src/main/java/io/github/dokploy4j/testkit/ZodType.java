package io.github.dokploy4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A zod schema as Dokploy declares its inputs: it parses one JSON value, adding a {@link ValidationIssue} for every
 * rule the value breaks, in zod's order.
 */
abstract class ZodType {

    /**
     * Parses {@code raw} ({@code null} when the key is absent, zod's {@code undefined}).
     *
     * @return the parsed value, or {@code null} for a value to leave out (an absent optional key); after issues were
     *     added the result does not matter
     */
    abstract JsonNode parse(JsonNode raw, List<Object> path, List<ValidationIssue> issues);

    /** {@code .optional()}: an absent key passes and stays absent. */
    ZodType optional() {
        ZodType inner = this;
        return new ZodType() {
            @Override
            JsonNode parse(JsonNode raw, List<Object> path, List<ValidationIssue> issues) {
                return raw == null ? null : inner.parse(raw, path, issues);
            }
        };
    }

    /** {@code .nullable()}: {@code null} passes; a required nullable key must still be present. */
    ZodType nullable() {
        ZodType inner = this;
        return new ZodType() {
            @Override
            JsonNode parse(JsonNode raw, List<Object> path, List<ValidationIssue> issues) {
                return raw != null && raw.isNull() ? NullNode.getInstance() : inner.parse(raw, path, issues);
            }
        };
    }

    /** {@code .default(value)}: an absent key takes {@code value}. */
    ZodType orElse(JsonNode fallback) {
        ZodType inner = this;
        return new ZodType() {
            @Override
            JsonNode parse(JsonNode raw, List<Object> path, List<ValidationIssue> issues) {
                return raw == null ? fallback : inner.parse(raw, path, issues);
            }
        };
    }

    static List<Object> child(List<Object> path, Object segment) {
        List<Object> longer = new ArrayList<>(path.size() + 1);
        longer.addAll(path);
        longer.add(segment);
        return longer;
    }
}
