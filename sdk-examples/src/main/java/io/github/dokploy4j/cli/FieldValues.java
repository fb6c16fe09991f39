package io.github.dokploy4j.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.dokploy4j.SecretFields;
import io.github.dokploy4j.params.ParamsObject;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns the text of a field flag into the JSON value the procedure's input expects: {@code null} is JSON null; a
 * {@code NUMBER} field takes a JSON number, a {@code true|false} field {@code true} or {@code false}, an enum field one
 * of its wire values, a {@code TEXT} field any text; a list field takes its flag repeated or one JSON array; a nested
 * object or map takes a JSON object, a field of any JSON takes JSON (or else the text). A value that does not fit is a
 * usage error naming the flag; the value itself is quoted only when the field is not secret.
 */
final class FieldValues {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String procedure;

    FieldValues(String procedure) {
        this.procedure = procedure;
    }

    /**
     * The JSON value of a field given as one or more flags.
     *
     * @param field the field
     * @param texts the flag's values, in order; more than one only for a list field
     * @return the value to send
     */
    JsonNode value(InputFields.Field field, List<String> texts) {
        if (field.isList()) {
            if (texts.size() == 1 && texts.get(0).strip().startsWith("[")) {
                JsonNode array = json(field, texts.get(0));
                if (!array.isArray()) {
                    throw misfit(field, texts.get(0), "a JSON array");
                }
                return array;
            }
            if (texts.size() == 1 && texts.get(0).equals("null")) {
                return NODES.nullNode();
            }
            ArrayNode array = NODES.arrayNode();
            for (String text : texts) {
                array.add(scalar(field, field.elementType(), text));
            }
            return array;
        }
        if (texts.size() > 1) {
            throw new CliFailure(ExitCode.USAGE, "--" + field.name() + " is given " + texts.size() + " times; it takes"
                    + " one value (" + procedure + ")", null);
        }
        String text = texts.get(0);
        return text.equals("null") ? NODES.nullNode() : scalar(field, field.type(), text);
    }

    private JsonNode scalar(InputFields.Field field, Type type, String text) {
        Class<?> raw = InputFields.rawType(type);
        if (raw == String.class) {
            return NODES.textNode(text);
        }
        if (raw == Number.class) {
            JsonNode number = parsed(text);
            if (number == null || !number.isNumber()) {
                throw misfit(field, text, "a number");
            }
            return number;
        }
        if (raw == Boolean.class) {
            if (text.equals("true") || text.equals("false")) {
                return NODES.booleanNode(Boolean.parseBoolean(text));
            }
            throw misfit(field, text, "true or false");
        }
        if (raw.isEnum()) {
            List<String> values = wireValues(raw);
            if (!values.contains(text)) {
                throw misfit(field, text, "one of " + String.join(", ", values));
            }
            return NODES.textNode(text);
        }
        if (raw == JsonNode.class || raw == Object.class) {
            JsonNode any = parsed(text);
            return any != null ? any : NODES.textNode(text);
        }
        if (Map.class.isAssignableFrom(raw) || ParamsObject.class.isAssignableFrom(raw)) {
            JsonNode object = json(field, text);
            if (!object.isObject()) {
                throw misfit(field, text, "a JSON object");
            }
            return object;
        }
        return json(field, text);
    }

    private JsonNode json(InputFields.Field field, String text) {
        JsonNode node = parsed(text);
        if (node == null) {
            throw misfit(field, text, "JSON");
        }
        return node;
    }

    private static @Nullable JsonNode parsed(String text) {
        try {
            return JsonDocuments.parse(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private CliFailure misfit(InputFields.Field field, String text, String expected) {
        String shown = SecretFields.isSecret(field.name()) ? "" : ", not " + quoted(text);
        return new CliFailure(ExitCode.USAGE, "--" + field.name() + " takes " + expected + shown + " ("
                + procedure + ")", null);
    }

    private static String quoted(String text) {
        return "\"" + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "\"";
    }

    /** The values an enum of the SDK's inputs is sent as (its {@code wireValue()}), or its constants' names. */
    static List<String> wireValues(Class<?> enumType) {
        List<String> values = new ArrayList<>();
        for (Object constant : enumType.getEnumConstants()) {
            try {
                Method wireValue = enumType.getMethod("wireValue");
                values.add(String.valueOf(wireValue.invoke(constant)));
            } catch (NoSuchMethodException e) {
                values.add(((Enum<?>) constant).name());
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read the values of " + enumType.getName(), e);
            }
        }
        return values;
    }
}
