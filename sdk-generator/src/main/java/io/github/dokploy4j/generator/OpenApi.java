package io.github.dokploy4j.generator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the procedures of Dokploy's OpenAPI document: one path per procedure, GET for queries, POST for mutations. */
final class OpenApi {
    private OpenApi() {
    }

    static List<Procedure> read(JsonNode document) {
        List<Procedure> procedures = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            String name = path.getKey().substring(1);
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                procedures.add(procedure(name, operation.getKey(), operation.getValue()));
            }
        }
        procedures.sort((a, b) -> a.name().compareTo(b.name()));
        return procedures;
    }

    private static Procedure procedure(String name, String method, JsonNode operation) {
        int dot = name.indexOf('.');
        String router = name.substring(0, dot);
        String procedure = name.substring(dot + 1);
        if (method.equals("get")) {
            List<Schema.Field> fields = new ArrayList<>();
            for (JsonNode parameter : operation.path("parameters")) {
                Map.Entry<Schema, Boolean> schema = schema(parameter.path("schema"));
                fields.add(new Schema.Field(parameter.path("name").asText(), schema.getKey(),
                        parameter.path("required").asBoolean(false), schema.getValue()));
            }
            return new Procedure(name, router, procedure, Procedure.Kind.QUERY,
                    fields.isEmpty() ? null : new Schema.Obj(fields));
        }
        JsonNode body = operation.path("requestBody");
        if (body.isMissingNode()) {
            return new Procedure(name, router, procedure, Procedure.Kind.MUTATION, null);
        }
        JsonNode content = body.path("content");
        boolean multipart = content.has("multipart/form-data");
        JsonNode schema = content.path(multipart ? "multipart/form-data" : "application/json").path("schema");
        Schema input = schema(schema).getKey();
        if (!(input instanceof Schema.Obj)) {
            throw new IllegalStateException(name + ": the input is not an object");
        }
        return new Procedure(name, router, procedure,
                multipart ? Procedure.Kind.MULTIPART : Procedure.Kind.MUTATION, (Schema.Obj) input);
    }

    /** A schema and whether it allows {@code null}. */
    static Map.Entry<Schema, Boolean> schema(JsonNode node) {
        if (node.has("anyOf")) {
            boolean nullable = false;
            List<Schema> options = new ArrayList<>();
            for (JsonNode option : node.path("anyOf")) {
                if (option.path("type").asText().equals("null")) {
                    nullable = true;
                    continue;
                }
                Map.Entry<Schema, Boolean> inner = schema(option);
                nullable |= inner.getValue();
                options.add(inner.getKey());
            }
            return Map.entry(merge(options), nullable);
        }
        String type = node.path("type").asText("");
        switch (type) {
            case "string":
                if (node.path("format").asText().equals("binary")) {
                    return Map.entry(new Schema.Binary(), false);
                }
                List<String> values = new ArrayList<>();
                node.path("enum").forEach(v -> values.add(v.asText()));
                if (node.has("const")) {
                    values.add(node.path("const").asText());
                }
                return Map.entry(new Schema.Str(values, integer(node, "minLength"), integer(node, "maxLength"),
                        text(node, "pattern"), false, text(node, "format"), text(node, "default")), false);
            case "number":
            case "integer":
                return Map.entry(new Schema.Num(type.equals("integer"), decimal(node, "minimum"),
                        decimal(node, "maximum"), text(node, "default")), false);
            case "boolean":
                return Map.entry(new Schema.Bool(text(node, "default")), false);
            case "array":
                return Map.entry(new Schema.Array(schema(node.path("items")).getKey(), integer(node, "minItems")),
                        false);
            case "object":
                return Map.entry(object(node), false);
            case "":
                return Map.entry(new Schema.Any(), false);
            default:
                throw new IllegalStateException("unknown schema type " + type);
        }
    }

    private static Schema object(JsonNode node) {
        if (!node.has("properties")) {
            JsonNode values = node.path("additionalProperties");
            return new Schema.MapOf(values.isObject() && values.size() > 0 ? schema(values).getKey()
                    : new Schema.Any());
        }
        Set<String> required = new HashSet<>();
        node.path("required").forEach(r -> required.add(r.asText()));
        List<Schema.Field> fields = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : node.path("properties").properties()) {
            Map.Entry<Schema, Boolean> schema = schema(property.getValue());
            fields.add(new Schema.Field(property.getKey(), schema.getKey(), required.contains(property.getKey()),
                    schema.getValue()));
        }
        return new Schema.Obj(fields);
    }

    /**
     * The one {@code anyOf} of several non-null types in v0.30.2 is an email or the empty string
     * ({@code settings.assignDomainServer}'s {@code letsEncryptEmail}); strings merge into one string that also
     * accepts what the {@code const} allows. Anything else is refused so that a new shape is noticed.
     */
    private static Schema merge(List<Schema> options) {
        if (options.size() == 1) {
            return options.get(0);
        }
        Schema.Str pattern = null;
        boolean orEmpty = false;
        for (Schema option : options) {
            if (!(option instanceof Schema.Str)) {
                throw new IllegalStateException("anyOf of non-string types: " + options);
            }
            Schema.Str string = (Schema.Str) option;
            if (string.values().size() == 1 && string.values().get(0).isEmpty()) {
                orEmpty = true;
            } else {
                pattern = string;
            }
        }
        if (pattern == null || !orEmpty) {
            throw new IllegalStateException("anyOf of strings not understood: " + options);
        }
        return new Schema.Str(List.of(), pattern.minLength(), pattern.maxLength(), pattern.pattern(), true,
                pattern.format(), pattern.defaultValue());
    }

    private static Integer integer(JsonNode node, String name) {
        return node.has(name) ? node.path(name).asInt() : null;
    }

    private static Double decimal(JsonNode node, String name) {
        return node.has(name) ? node.path(name).asDouble() : null;
    }

    private static String text(JsonNode node, String name) {
        return node.has(name) ? (node.path(name).isTextual() ? node.path(name).asText()
                : node.path(name).toString()) : null;
    }
}
