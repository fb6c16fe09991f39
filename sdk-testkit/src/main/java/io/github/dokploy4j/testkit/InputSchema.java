package io.github.dokploy4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** A procedure's zod input object: its keys in shape order. Unknown keys are dropped, as zod's non-strict objects do. */
final class InputSchema {

    private final List<InputField> fields;

    private InputSchema(List<InputField> fields) {
        this.fields = List.copyOf(fields);
    }

    static InputSchema of(InputField... fields) {
        return new InputSchema(List.of(fields));
    }

    /** Validates {@code raw} (the query object or the JSON body) or throws the 400 "Input validation failed". */
    ValidInput parse(JsonNode raw) {
        ArrayNode issues = WireJson.array();
        ObjectNode parsed = WireJson.object();
        if (raw == null || !raw.isObject()) {
            ObjectNode issue = WireJson.object();
            issue.put("expected", "object");
            issue.put("code", "invalid_type");
            issue.set("path", WireJson.array());
            issue.put("message", "Invalid input: expected object, received " + InputField.receivedType(raw));
            issues.add(issue);
        } else {
            for (InputField field : fields) {
                JsonNode value = field.check(raw.get(field.name), issues);
                if (value != null) {
                    parsed.set(field.name, value);
                }
            }
        }
        if (!issues.isEmpty()) {
            throw TrpcError.validation(issues);
        }
        return new ValidInput(parsed);
    }
}
