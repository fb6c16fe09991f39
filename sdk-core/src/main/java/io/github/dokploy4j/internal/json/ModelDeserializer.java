package io.github.dokploy4j.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads a model object straight into its Immutables builder, in one pass over the parser's tokens.
 *
 * <p>Why: Jackson's builder binding of an Immutables class calls one reflective builder method per key and wraps
 * every present optional in an {@code Optional} that the builder unwraps again. For {@code allCentralized}'s thousands of
 * rows (each with four to six embedded objects) that cost more than parsing the JSON. The result is the same: a
 * missing required key fails with a {@link JsonMappingException} naming it, unknown keys are kept in
 * {@code additionalProperties()}, and unusual tokens are read by the standard deserializers ({@link Columns}).
 *
 * @param <T> the model
 * @param <B> its builder
 */
abstract class ModelDeserializer<T, B> extends StdDeserializer<T> implements ResolvableDeserializer {
    private static final long serialVersionUID = 1L;

    private transient @Nullable Columns columns;

    ModelDeserializer(Class<T> type) {
        super(type);
    }

    @Override
    public final void resolve(DeserializationContext context) throws JsonMappingException {
        columns = new Columns(context);
        resolveRelations(context);
    }

    /**
     * Looks up the deserializers of embedded objects, once.
     *
     * @param context the context Jackson resolves with
     * @throws JsonMappingException when one cannot be built
     */
    void resolveRelations(DeserializationContext context) throws JsonMappingException {
    }

    abstract B newBuilder();

    /**
     * Reads the value of one key, the parser standing on it.
     *
     * @return {@code false} when the key is not one of the model's
     */
    abstract boolean readKey(String name, B builder, Columns columns, JsonParser parser,
            DeserializationContext context) throws IOException;

    abstract void putUnknown(B builder, String name, JsonNode value);

    abstract T build(B builder);

    /** Kept by Jackson once resolved: nothing of it changes afterwards. */
    @Override
    public boolean isCachable() {
        return true;
    }

    @Override
    public final T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            token = parser.nextToken();
        }
        if (token != JsonToken.FIELD_NAME && token != JsonToken.END_OBJECT) {
            return handledValueType().cast(context.handleUnexpectedToken(handledType(), parser));
        }
        Columns reader = Objects.requireNonNull(columns, "resolve() runs before deserialize()");
        B builder = newBuilder();
        for (; token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            String name = parser.currentName();
            parser.nextToken();
            if (!readKey(name, builder, reader, parser, context)) {
                putUnknown(builder, name, reader.unknown(parser, context));
            }
        }
        try {
            return build(builder);
        } catch (IllegalStateException e) {
            throw context.instantiationException(handledType(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private Class<T> handledValueType() {
        return (Class<T>) handledType();
    }
}
