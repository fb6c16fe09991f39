package io.github.dokploy4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A procedure's zod input object. Unknown keys are dropped, as zod's non-strict objects do. */
final class InputSchema {

    private final ZodType object;

    InputSchema(ZodType object) {
        this.object = object;
    }

    static InputSchema of(InputField... fields) {
        Map<String, ZodType> shape = new LinkedHashMap<>();
        for (InputField field : fields) {
            shape.put(field.name, field.type);
        }
        return new InputSchema(new ZodObject(shape, false));
    }

    /** Validates {@code raw} (the query object or the JSON body) or throws the 400 "Input validation failed". */
    ValidInput parse(JsonNode raw) {
        List<ValidationIssue> issues = new ArrayList<>();
        JsonNode parsed = object.parse(raw == null || raw.isMissingNode() ? null : raw, List.of(), issues);
        if (!issues.isEmpty()) {
            throw TrpcError.validation(issues);
        }
        return new ValidInput((ObjectNode) parsed);
    }
}
