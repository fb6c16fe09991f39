package io.github.dokploy4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** {@code z.boolean()}. */
final class ZodBoolean extends ZodType {

    @Override
    JsonNode parse(JsonNode raw, List<Object> path, List<ValidationIssue> issues) {
        if (raw == null || !raw.isBoolean()) {
            issues.add(ValidationIssue.invalidType(path, "boolean", raw));
        }
        return raw;
    }
}
