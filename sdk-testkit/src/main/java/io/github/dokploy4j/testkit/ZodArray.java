package io.github.dokploy4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;

/** {@code z.array(item)}: each element is parsed with its index appended to the path. */
final class ZodArray extends ZodType {

    private final ZodType item;

    ZodArray(ZodType item) {
        this.item = item;
    }

    @Override
    JsonNode parse(JsonNode raw, List<Object> path, List<ValidationIssue> issues) {
        if (raw == null || !raw.isArray()) {
            issues.add(ValidationIssue.invalidType(path, "array", raw));
            return raw;
        }
        ArrayNode parsed = WireJson.array();
        for (int i = 0; i < raw.size(); i++) {
            parsed.add(item.parse(raw.get(i), child(path, i), issues));
        }
        return parsed;
    }
}
