package io.github.dokploy4j.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/** JSON the way the server reads ({@code JSON.parse}) and writes ({@code JSON.stringify}) it, as Jackson trees. */
final class WireJson {

    /** {@code JSON.parse} refuses trailing content; Jackson accepts it unless told otherwise. */
    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private WireJson() {
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }

    /** A new object with {@code columns} of {@code row}, in the order given (drizzle's {@code columns: {...}}). */
    static ObjectNode pick(ObjectNode row, String... columns) {
        ObjectNode picked = object();
        for (String column : columns) {
            picked.set(column, row.get(column));
        }
        return picked;
    }

    /** Puts a number the way {@code JSON.stringify} prints it: integral values without a fraction. */
    static void putNumber(ObjectNode json, String name, Number value) {
        double number = value.doubleValue();
        if (number == Math.rint(number) && Math.abs(number) < 1e17) {
            json.put(name, (long) number);
        } else {
            json.put(name, number);
        }
    }

    /** Parses a request body; throws {@link JsonProcessingException} for anything {@code JSON.parse} would refuse. */
    static JsonNode parse(String text) throws JsonProcessingException {
        return MAPPER.readTree(text);
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
