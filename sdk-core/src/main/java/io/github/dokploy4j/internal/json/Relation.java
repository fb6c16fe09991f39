package io.github.dokploy4j.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads one embedded object of a model (a row's {@code application}, a summary's {@code environment}, …): an object
 * with its model's deserializer, {@code null} as absent, anything else as the generated binding would.
 *
 * @param <T> the embedded model
 */
final class Relation<T> {
    private final Class<T> type;
    private final JsonDeserializer<Object> value;
    private final JsonDeserializer<Object> optional;

    Relation(DeserializationContext context, Class<T> type) throws JsonMappingException {
        this.type = type;
        this.value = context.findRootValueDeserializer(context.constructType(type));
        this.optional = context.findRootValueDeserializer(
                context.getTypeFactory().constructReferenceType(Optional.class, context.constructType(type)));
    }

    /** The embedded object, or {@code null} for JSON {@code null}. */
    @Nullable T read(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.hasToken(JsonToken.START_OBJECT)) {
            return type.cast(value.deserialize(parser, context));
        }
        return parser.hasToken(JsonToken.VALUE_NULL) ? null : type.cast(Columns.unwrap(optional.deserialize(parser,
                context)));
    }
}
