package io.github.dokploy4j.internal.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.dokploy4j.JsonAnswer;
import io.github.dokploy4j.SecretFields;
import io.github.dokploy4j.error.DokployDecodeException;
import io.github.dokploy4j.internal.call.Redactor;
import io.github.dokploy4j.internal.call.WireJson;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A {@link JsonAnswer} over a tree, converting with the SDK's mapper. */
final class TreeAnswer implements JsonAnswer {
    private final String procedure;
    private final JsonNode node;

    TreeAnswer(String procedure, JsonNode node) {
        this.procedure = procedure;
        this.node = node;
    }

    @Override
    public JsonNode node() {
        return node;
    }

    @Override
    public boolean isNull() {
        return node.isMissingNode() || node.isNull();
    }

    @Override
    public <T> T as(Class<T> type) {
        Objects.requireNonNull(type, "type must not be null");
        return convert(WireJson.MAPPER.constructType(type));
    }

    @Override
    public <T> T as(TypeReference<T> type) {
        Objects.requireNonNull(type, "type must not be null");
        return convert(WireJson.MAPPER.getTypeFactory().constructType(type));
    }

    @SuppressWarnings("unchecked")
    private <T> T convert(JavaType type) {
        if (isNull()) {
            return (T) nothing();
        }
        try {
            return WireJson.MAPPER.convertValue(node, type);
        } catch (IllegalArgumentException e) {
            throw new DokployDecodeException("the answer of " + procedure + " does not convert to "
                    + type.toCanonical() + ": " + rootMessage(e), procedure, 200, excerpt(), e);
        }
    }

    private static @Nullable Object nothing() {
        return null;
    }

    private String excerpt() {
        String text = toString();
        return text.length() <= Redactor.EXCERPT_LENGTH ? text : text.substring(0, Redactor.EXCERPT_LENGTH) + "…";
    }

    private static String rootMessage(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        int newline = message == null ? -1 : message.indexOf('\n');
        if (message == null) {
            return cause.getClass().getSimpleName();
        }
        return newline < 0 ? message : message.substring(0, newline);
    }

    @Override
    public String toString() {
        return node.isMissingNode() ? "" : SecretFields.redact(node).toString();
    }
}
