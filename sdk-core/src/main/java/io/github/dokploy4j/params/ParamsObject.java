package io.github.dokploy4j.params;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.dokploy4j.SecretFields;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The base of every generated input ({@code …Params}) and of the objects nested in one: the values the caller set,
 * keyed by their JSON names, checked against the class's {@link ParamsSchema} when it is built.
 *
 * <p>What is sent is exactly what was set: a field never set is left out of the JSON, a field set to {@code null}
 * (where the server allows {@code null}) is sent as {@code null}, and a field the server requires but allows to be
 * {@code null} is sent as {@code null} when it was not set. {@link Builder#additionalProperty} adds fields newer than
 * this SDK, sent as given.
 *
 * <p>Values are immutable; {@link #equals}, {@link #hashCode} compare the values. {@link #toString()} prints
 * {@value SecretFields#PLACEHOLDER} for every secret field ({@link SecretFields}), also inside nested objects and
 * additional properties; the accessors and the JSON carry the real values.
 */
public abstract class ParamsObject {
    private final ParamsSchema schema;
    private final Map<String, @Nullable Object> values;

    /**
     * Builds the value and checks it.
     *
     * @param schema the class's fields and rules
     * @param builder what the caller set
     * @throws IllegalArgumentException naming the field, the rule and the procedure when a rule is broken
     */
    protected ParamsObject(ParamsSchema schema, Builder<?, ?> builder) {
        this.schema = schema;
        Map<String, @Nullable Object> ordered = schema.complete(builder.values);
        this.values = Collections.unmodifiableMap(ordered);
    }

    /**
     * Reads a field the schema guarantees (required and not nullable).
     *
     * @param name the JSON name
     * @param <T> its type
     * @return the value
     */
    @SuppressWarnings("unchecked")
    protected final <T> T required(String name) {
        return (T) Objects.requireNonNull(values.get(name), name);
    }

    /**
     * Reads a field that may be absent or {@code null}.
     *
     * @param name the JSON name
     * @param <T> its type
     * @return the value, or empty when it was not set or set to {@code null}
     */
    @SuppressWarnings("unchecked")
    protected final <T> Optional<T> optional(String name) {
        return Optional.ofNullable((T) values.get(name));
    }

    /**
     * Tells whether a field will be sent: it was set (possibly to {@code null}), or it is required and nullable.
     *
     * @param name the JSON name, e.g. {@code description}
     * @return whether the JSON carries the field
     */
    public final boolean isSent(String name) {
        return values.containsKey(name);
    }

    /**
     * Returns the fields added with {@link Builder#additionalProperty}, as given.
     *
     * @return the additional fields by name; empty when there are none
     */
    public final Map<String, @Nullable Object> additionalProperties() {
        Map<String, @Nullable Object> extra = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (!schema.has(name)) {
                extra.put(name, value);
            }
        });
        return Collections.unmodifiableMap(extra);
    }

    /** The JSON object Jackson writes: every field that is sent, by its JSON name. */
    @JsonValue
    final Map<String, @Nullable Object> json() {
        return values;
    }

    @Override
    public final boolean equals(@Nullable Object other) {
        return other != null && other.getClass() == getClass() && values.equals(((ParamsObject) other).values);
    }

    @Override
    public final int hashCode() {
        return getClass().hashCode() * 31 + values.hashCode();
    }

    @Override
    public final String toString() {
        StringBuilder text = new StringBuilder(getClass().getSimpleName()).append('{');
        appendFields(text, values);
        return text.append('}').toString();
    }

    private static void appendFields(StringBuilder text, Map<?, ?> map) {
        Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<?, ?> entry = entries.next();
            String name = String.valueOf(entry.getKey());
            text.append(name).append('=');
            if (entry.getValue() != null && SecretFields.isSecret(name)) {
                text.append(SecretFields.PLACEHOLDER);
            } else {
                appendValue(text, entry.getValue());
            }
            if (entries.hasNext()) {
                text.append(", ");
            }
        }
    }

    private static void appendValue(StringBuilder text, @Nullable Object value) {
        if (value instanceof Map) {
            text.append('{');
            appendFields(text, (Map<?, ?>) value);
            text.append('}');
        } else if (value instanceof List) {
            text.append('[');
            Iterator<?> elements = ((List<?>) value).iterator();
            while (elements.hasNext()) {
                appendValue(text, elements.next());
                if (elements.hasNext()) {
                    text.append(", ");
                }
            }
            text.append(']');
        } else if (value instanceof JsonNode) {
            text.append(SecretFields.redact((JsonNode) value));
        } else {
            text.append(value);
        }
    }

    /**
     * The base of the generated builders. Setters refuse {@code null} for fields that cannot be {@code null}
     * ({@link NullPointerException} naming the field); {@code build()} checks the rest.
     *
     * @param <P> the value it builds
     * @param <B> the builder itself
     */
    public abstract static class Builder<P extends ParamsObject, B extends Builder<P, B>> {
        private final ParamsSchema schema;
        private final Map<String, @Nullable Object> values = new LinkedHashMap<>();

        /**
         * Starts an empty builder.
         *
         * @param schema the class's fields and rules
         */
        protected Builder(ParamsSchema schema) {
            this.schema = schema;
        }

        /**
         * Starts a builder holding the values of an existing value.
         *
         * @param schema the class's fields and rules
         * @param from the value to copy
         */
        protected Builder(ParamsSchema schema, P from) {
            this.schema = schema;
            this.values.putAll(from.json());
        }

        /**
         * Sets a field.
         *
         * @param name the JSON name
         * @param value the value; lists and maps are copied
         * @return this builder
         * @throws NullPointerException when the field cannot be {@code null}, or a list or map holds {@code null}
         */
        protected final B set(String name, @Nullable Object value) {
            schema.checkNull(name, value);
            values.put(name, copy(name, value));
            return self();
        }

        /**
         * Adds a field this SDK does not know (one newer than Dokploy v0.30.2), sent as given: a string, number,
         * boolean, {@code null}, list, map, {@link JsonNode} or anything else Jackson writes. JSON read into this
         * builder keeps unknown fields the same way.
         *
         * @param name the JSON name
         * @param value the value
         * @return this builder
         * @throws IllegalArgumentException when this class has a setter for the field: use it
         */
        @JsonAnySetter
        public final B additionalProperty(String name, @Nullable Object value) {
            Objects.requireNonNull(name, "name must not be null");
            if (schema.has(name)) {
                throw new IllegalArgumentException(schema.name(name) + " is a field of this input ("
                        + schema.procedure() + "): use its setter");
            }
            values.put(name, value);
            return self();
        }

        /**
         * Builds the value, checking every rule of the schema.
         *
         * @return the value
         * @throws IllegalArgumentException naming the field, the rule and the procedure when a rule is broken
         */
        public abstract P build();

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }

        private @Nullable Object copy(String name, @Nullable Object value) {
            if (value instanceof List) {
                List<@Nullable Object> copy = new ArrayList<>((List<?>) value);
                if (copy.contains(null)) {
                    throw new NullPointerException(schema.name(name) + " must not contain null ("
                            + schema.procedure() + ")");
                }
                return Collections.unmodifiableList(copy);
            }
            if (value instanceof Map) {
                Map<Object, @Nullable Object> copy = new LinkedHashMap<>((Map<?, ?>) value);
                if (copy.containsKey(null) || copy.containsValue(null)) {
                    throw new NullPointerException(schema.name(name) + " must not contain null ("
                            + schema.procedure() + ")");
                }
                return Collections.unmodifiableMap(copy);
            }
            return value;
        }
    }
}
