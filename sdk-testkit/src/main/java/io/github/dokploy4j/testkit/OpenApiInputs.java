package io.github.dokploy4j.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The procedures whose inputs the fake takes from Dokploy v0.30.2's OpenAPI document, a verbatim excerpt of which is
 * the resource {@value #RESOURCE}: each input's JSON schema becomes the zod schema it was generated from (nullable,
 * optional, enums, lengths, patterns, ranges, nested and strict objects), with {@link DokployFieldRules} adding what
 * the document leaves out.
 */
final class OpenApiInputs {

    static final String RESOURCE = "dokploy-v0.30.2-inputs.json";

    private static final Map<String, JsonNode> PROCEDURES = load();

    private OpenApiInputs() {
    }

    /**
     * The procedure at {@code path} with its method and input from the document.
     *
     * @throws IllegalStateException if the excerpt does not hold the procedure
     */
    static Procedure procedure(String path, Procedure.Body body) {
        JsonNode entry = PROCEDURES.get(path);
        if (entry == null) {
            throw new IllegalStateException(path + " is not in " + RESOURCE);
        }
        boolean mutation = "POST".equals(entry.get("method").textValue());
        InputSchema input = new InputSchema(mutation ? type(entry.get("body"), "") : query(entry.get("parameters")));
        return mutation ? Procedure.mutation(path, input, body) : Procedure.query(path, input, body);
    }

    private static ZodType query(JsonNode parameters) {
        Map<String, ZodType> shape = new LinkedHashMap<>();
        for (JsonNode parameter : parameters) {
            String name = parameter.get("name").textValue();
            ZodType type = type(parameter.get("schema"), name);
            shape.put(name, parameter.path("required").asBoolean(false) ? type : type.optional());
        }
        return new ZodObject(shape, false);
    }

    private static ZodType type(JsonNode schema, String field) {
        JsonNode anyOf = schema.get("anyOf");
        if (anyOf != null) {
            if (anyOf.size() != 2 || !"null".equals(anyOf.get(1).path("type").textValue())) {
                throw new IllegalStateException("only nullable unions are supported: " + schema);
            }
            return type(anyOf.get(0), field).nullable();
        }
        String type = schema.path("type").asText();
        switch (type) {
            case "string":
                return schema.has("enum") ? new ZodEnum(texts(schema.get("enum")))
                        : DokployFieldRules.string(field, integerOrNull(schema, "minLength"),
                                integerOrNull(schema, "maxLength"), schema.path("pattern").textValue());
            case "number":
            case "integer":
                return DokployFieldRules.number(field, "integer".equals(type), numberOrNull(schema, "minimum"),
                        numberOrNull(schema, "maximum"));
            case "boolean":
                return new ZodBoolean();
            case "array":
                return new ZodArray(type(schema.get("items"), field));
            case "object":
                return object(schema, field);
            default:
                throw new IllegalStateException("unsupported schema type for " + field + ": " + schema);
        }
    }

    private static ZodType object(JsonNode schema, String field) {
        JsonNode additional = schema.get("additionalProperties");
        if (additional != null && additional.isObject()) {
            return new ZodRecord(type(additional, field));
        }
        Set<String> required = new HashSet<>(texts(schema.path("required")));
        Map<String, ZodType> shape = new LinkedHashMap<>();
        schema.path("properties").properties().forEach(property -> {
            ZodType type = type(property.getValue(), property.getKey());
            shape.put(property.getKey(), required.contains(property.getKey()) ? type : type.optional());
        });
        return new ZodObject(shape, additional != null && additional.isBoolean() && !additional.booleanValue());
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(value -> texts.add(value.textValue()));
        return texts;
    }

    private static Integer integerOrNull(JsonNode schema, String key) {
        return schema.has(key) ? schema.get(key).intValue() : null;
    }

    private static Number numberOrNull(JsonNode schema, String key) {
        if (!schema.has(key)) {
            return null;
        }
        JsonNode value = schema.get(key);
        return value.isIntegralNumber() ? (Number) value.longValue() : (Number) value.doubleValue();
    }

    private static Map<String, JsonNode> load() {
        try (InputStream in = OpenApiInputs.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the testkit jar lacks its resource " + RESOURCE);
            }
            JsonNode document = WireJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Map<String, JsonNode> procedures = new LinkedHashMap<>();
            document.get("procedures").properties().forEach(e -> procedures.put(e.getKey(), e.getValue()));
            return procedures;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(RESOURCE + " is not valid JSON", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
