package io.github.dokploy4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** {@code z.enum([...])}: one issue listing the options for anything else, a missing value included. */
final class ZodEnum extends ZodType {

    private final List<String> options;

    ZodEnum(List<String> options) {
        this.options = List.copyOf(options);
    }

    @Override
    JsonNode parse(JsonNode raw, List<Object> path, List<ValidationIssue> issues) {
        if (raw == null || !raw.isTextual() || !options.contains(raw.textValue())) {
            issues.add(ValidationIssue.invalidOption(path, options, raw));
        }
        return raw;
    }
}
