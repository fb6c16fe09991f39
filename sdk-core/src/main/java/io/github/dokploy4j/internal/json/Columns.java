package io.github.dokploy4j.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads the column values of a model row: the common tokens (a string, {@code null}, a boolean) directly, any other
 * token through the deserializer Jackson would have used for the column's type, so that coercions (a numeric
 * {@code pid}, epoch-millisecond timestamps) and errors stay exactly as with the generated binding.
 */
final class Columns {
    private final JsonDeserializer<Object> string;
    private final JsonDeserializer<Object> optionalString;
    private final JsonDeserializer<Object> instant;
    private final JsonDeserializer<Object> optionalInstant;
    private final JsonDeserializer<Object> bool;
    private final JsonDeserializer<Object> node;

    Columns(DeserializationContext context) throws JsonMappingException {
        string = find(context, new TypeReference<String>() { });
        optionalString = find(context, new TypeReference<Optional<String>>() { });
        instant = find(context, new TypeReference<Instant>() { });
        optionalInstant = find(context, new TypeReference<Optional<Instant>>() { });
        bool = context.findRootValueDeserializer(context.constructType(boolean.class));
        node = find(context, new TypeReference<JsonNode>() { });
    }

    static JsonDeserializer<Object> find(DeserializationContext context, TypeReference<?> type)
            throws JsonMappingException {
        return context.findRootValueDeserializer(context.getTypeFactory().constructType(type));
    }

    /** A required text column; {@code null} gives {@code null}, to be left unset so that building names it. */
    @Nullable String required(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.hasToken(JsonToken.VALUE_STRING)) {
            return parser.getText();
        }
        return parser.hasToken(JsonToken.VALUE_NULL) ? null : (String) string.deserialize(parser, context);
    }

    @Nullable String optional(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.hasToken(JsonToken.VALUE_STRING)) {
            return parser.getText();
        }
        return parser.hasToken(JsonToken.VALUE_NULL) ? null : unwrap(optionalString.deserialize(parser, context));
    }

    /** A required timestamp; {@code null} gives {@code null}, to be left unset so that building names it. */
    @Nullable Instant requiredInstant(JsonParser parser, DeserializationContext context) throws IOException {
        return parser.hasToken(JsonToken.VALUE_NULL) ? null : (Instant) instant.deserialize(parser, context);
    }

    @Nullable Instant optionalInstant(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.hasToken(JsonToken.VALUE_STRING)) {
            return (Instant) instant.deserialize(parser, context);
        }
        return parser.hasToken(JsonToken.VALUE_NULL) ? null
                : (Instant) unwrap(optionalInstant.deserialize(parser, context));
    }

    /** A boolean column; {@code null} is {@code false}, as for the generated binding of a primitive. */
    boolean flag(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.hasToken(JsonToken.VALUE_TRUE)) {
            return true;
        }
        if (parser.hasToken(JsonToken.VALUE_FALSE) || parser.hasToken(JsonToken.VALUE_NULL)) {
            return false;
        }
        return Boolean.TRUE.equals(bool.deserialize(parser, context));
    }

    /** The value of a key the model does not know, as its {@code additionalProperties()} keep it. */
    JsonNode unknown(JsonParser parser, DeserializationContext context) throws IOException {
        return parser.hasToken(JsonToken.VALUE_NULL)
                ? (JsonNode) node.getNullValue(context) : (JsonNode) node.deserialize(parser, context);
    }

    @SuppressWarnings("unchecked")
    static <T> @Nullable T unwrap(@Nullable Object optional) {
        return optional == null ? null : ((Optional<T>) optional).orElse(null);
    }
}
