package io.github.dokploy4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** {@code z.record(z.string(), value)}: any keys, each value parsed with its key appended to the path. */
final class ZodRecord extends ZodType {

    private final ZodType value;

    ZodRecord(ZodType value) {
        this.value = value;
    }

    @Override
    JsonNode parse(JsonNode raw, List<Object> path, List<ValidationIssue> issues) {
        if (raw == null || !raw.isObject()) {
            issues.add(ValidationIssue.invalidType(path, "record", raw));
            return raw;
        }
        ObjectNode parsed = WireJson.object();
        raw.properties().forEach(entry ->
                parsed.set(entry.getKey(), value.parse(entry.getValue(), child(path, entry.getKey()), issues)));
        return parsed;
    }
}
