package io.github.dokploy4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code z.object(shape)}: the keys in shape order, unknown keys dropped, or refused with one
 * {@code unrecognized_keys} issue after the known ones when the object is {@code .strict()}.
 */
final class ZodObject extends ZodType {

    private final Map<String, ZodType> shape;
    private final boolean strict;

    ZodObject(Map<String, ZodType> shape, boolean strict) {
        this.shape = new LinkedHashMap<>(shape);
        this.strict = strict;
    }

    @Override
    JsonNode parse(JsonNode raw, List<Object> path, List<ValidationIssue> issues) {
        if (raw == null || !raw.isObject()) {
            issues.add(ValidationIssue.invalidType(path, "object", raw));
            return raw;
        }
        ObjectNode parsed = WireJson.object();
        shape.forEach((key, type) -> {
            JsonNode value = type.parse(raw.get(key), child(path, key), issues);
            if (value != null) {
                parsed.set(key, value);
            }
        });
        if (strict) {
            List<String> unknown = new ArrayList<>();
            for (Iterator<String> names = raw.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!shape.containsKey(name)) {
                    unknown.add(name);
                }
            }
            if (!unknown.isEmpty()) {
                issues.add(ValidationIssue.unrecognizedKeys(path, unknown));
            }
        }
        return parsed;
    }
}
