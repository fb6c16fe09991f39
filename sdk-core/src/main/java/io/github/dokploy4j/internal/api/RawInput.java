package io.github.dokploy4j.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dokploy4j.ProcedureInfo;
import io.github.dokploy4j.internal.call.WireJson;
import io.github.dokploy4j.params.ParamsObject;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads the escape hatch's input into the procedure's generated input class, so that {@code build()} checks it as
 * the typed services do; every failure becomes an {@link IllegalArgumentException} naming the procedure.
 */
public final class RawInput {
    private RawInput() {
    }

    /**
     * Checks an input against a procedure of the catalog.
     *
     * @param info the procedure
     * @param input a {@code Map}, a {@link JsonNode}, the procedure's {@code …Params}, or {@code null}
     * @return what to send: the procedure's {@code …Params}, or {@code null} for a procedure without input
     * @throws IllegalArgumentException naming the procedure (and the field and rule, when a rule is broken)
     */
    public static @Nullable Object check(ProcedureInfo info, @Nullable Object input) {
        Optional<Class<? extends ParamsObject>> type = info.inputType();
        if (type.isEmpty()) {
            if (input == null || isEmpty(input)) {
                return null;
            }
            throw new IllegalArgumentException(info.name() + " takes no input, got " + describe(input));
        }
        Class<? extends ParamsObject> params = type.get();
        if (params.isInstance(input)) {
            return input;
        }
        if (input instanceof ParamsObject) {
            throw new IllegalArgumentException(info.name() + " takes " + params.getSimpleName() + ", got "
                    + input.getClass().getSimpleName());
        }
        Object source = input == null ? Map.of() : input;
        try {
            return WireJson.MAPPER.convertValue(source, params);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(reason(info, e), e);
        }
    }

    /** The rule the input broke (from {@code build()} or a setter), or what Jackson could not read. */
    private static String reason(ProcedureInfo info, IllegalArgumentException error) {
        for (Throwable cause = error.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof IllegalArgumentException || cause instanceof NullPointerException) {
                if (cause.getMessage() != null && cause.getMessage().endsWith("(" + info.name() + ")")) {
                    return cause.getMessage();
                }
            }
        }
        String message = error.getMessage() == null ? error.toString() : error.getMessage();
        int end = message.indexOf('\n');
        return "the input of " + info.name() + " does not fit: " + (end < 0 ? message : message.substring(0, end));
    }

    private static boolean isEmpty(Object input) {
        return (input instanceof Map<?, ?> map && map.isEmpty()) || (input instanceof JsonNode node && node.isEmpty());
    }

    private static String describe(Object input) {
        return input instanceof Map<?, ?> map ? "the fields " + map.keySet() : input.getClass().getSimpleName();
    }
}
