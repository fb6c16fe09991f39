package io.github.dokploy4j.internal.call;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The query of an input written through the SDK's mapper: the input's JSON object, one parameter per field. A nested
 * object cannot be a query parameter, so it is refused by name.
 */
final class FieldQuery {
    private FieldQuery() {
    }

    static String encode(@Nullable Object input) {
        if (input == null) {
            return "";
        }
        JsonNode tree = WireJson.MAPPER.valueToTree(input);
        if (!tree.isObject()) {
            throw new IllegalArgumentException("a query's input must be an object of fields, was " + tree.getNodeType());
        }
        Map<String, Object> params = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : tree.properties()) {
            JsonNode value = field.getValue();
            if (value.isArray()) {
                List<String> values = new ArrayList<>();
                for (JsonNode element : value) {
                    values.add(scalar(field.getKey(), element));
                }
                params.put(field.getKey(), values);
            } else if (!value.isNull()) {
                params.put(field.getKey(), scalar(field.getKey(), value));
            }
        }
        return QueryString.encode(params);
    }

    private static String scalar(String field, JsonNode value) {
        if (value.isContainerNode()) {
            throw new IllegalArgumentException(field + " is a JSON " + value.getNodeType().name().toLowerCase(Locale.ROOT) + ", which a query parameter cannot carry");
        }
        return value.asText();
    }
}
