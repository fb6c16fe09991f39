package io.github.dokploy4j.internal.call;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The decoders procedure declarations use. Each holds one Jackson {@code ObjectReader}, built on its first decode and
 * then reused (readers are immutable and thread-safe), and reads straight from the body bytes without making a
 * {@code String} of them.
 */
public final class ResponseDecoders {
    private ResponseDecoders() {
    }

    /**
     * A JSON array of {@code type}; {@code null}, an empty body or any other JSON type is a mismatch.
     *
     * @param type the element type
     * @param expected what the list holds, for messages, e.g. {@code "deployments"}
     * @param <T> the element type
     * @return the decoder
     */
    public static <T> ResponseDecoder<List<T>> listOf(Class<T> type, String expected) {
        LazyReader reader = new LazyReader(mapper -> mapper.readerForListOf(type));
        return new ResponseDecoder<>() {
            @Override
            public List<T> decode(byte[] body) throws IOException {
                requireArray(body);
                List<T> list = reader.get().readValue(body);
                // wrapped, not copied: the list is this call's own; a copy of a 10,000-row list buys nothing
                for (T element : list) {
                    if (element == null) {
                        throw new BodyMismatchException("found null in the list");
                    }
                }
                return Collections.unmodifiableList(list);
            }

            @Override
            public String expected() {
                return "a JSON list of " + expected;
            }
        };
    }

    /**
     * A JSON object of {@code type}, where {@code null} or an empty body means "none".
     *
     * @param type the value type
     * @param expected what the object is, for messages
     * @param <T> the value type
     * @return the decoder
     */
    public static <T> ResponseDecoder<Optional<T>> optionalOf(Class<T> type, String expected) {
        LazyReader reader = new LazyReader(mapper -> mapper.readerFor(type));
        return new ResponseDecoder<>() {
            @Override
            public Optional<T> decode(byte[] body) throws IOException {
                if (isBlank(body)) {
                    return Optional.empty();
                }
                T value = reader.get().readValue(body);
                return Optional.ofNullable(value);
            }

            @Override
            public String expected() {
                return expected + " or null";
            }
        };
    }

    /**
     * A JSON object of {@code type}; {@code null}, an empty body or any other JSON type is a mismatch.
     *
     * @param type the value type
     * @param expected what the object is, for messages, e.g. {@code "a project"}
     * @param <T> the value type
     * @return the decoder
     */
    public static <T> ResponseDecoder<T> object(Class<T> type, String expected) {
        LazyReader reader = new LazyReader(mapper -> mapper.readerFor(type));
        return new ResponseDecoder<>() {
            @Override
            public T decode(byte[] body) throws IOException {
                int first = firstNonWhitespace(body);
                if (first < 0 || body[first] != '{') {
                    throw new BodyMismatchException("found " + (first < 0 ? "an empty body" : shapeOf(body[first])));
                }
                return reader.get().readValue(body);
            }

            @Override
            public String expected() {
                return "a JSON object (" + expected + ")";
            }
        };
    }

    /**
     * A JSON boolean, as Dokploy answers many updates ({@code true}); anything else is a mismatch.
     *
     * @return the decoder
     */
    public static ResponseDecoder<Boolean> bool() {
        LazyReader reader = new LazyReader(mapper -> mapper.readerFor(JsonNode.class));
        return new ResponseDecoder<>() {
            @Override
            public Boolean decode(byte[] body) throws IOException {
                JsonNode node = isBlank(body) ? null : reader.get().readValue(body);
                if (node == null || !node.isBoolean()) {
                    throw new BodyMismatchException("found " + describe(node));
                }
                return node.booleanValue();
            }

            @Override
            public String expected() {
                return "a JSON boolean";
            }
        };
    }

    /**
     * A JSON string; anything else is a mismatch.
     *
     * @param expected what the string is, for messages
     * @return the decoder
     */
    public static ResponseDecoder<String> string(String expected) {
        LazyReader reader = new LazyReader(mapper -> mapper.readerFor(JsonNode.class));
        return new ResponseDecoder<>() {
            @Override
            public String decode(byte[] body) throws IOException {
                JsonNode node = isBlank(body) ? null : reader.get().readValue(body);
                if (node == null || !node.isTextual()) {
                    throw new BodyMismatchException("found " + describe(node));
                }
                return node.textValue();
            }

            @Override
            public String expected() {
                return "a JSON string (" + expected + ")";
            }
        };
    }

    /**
     * Nothing: the body is ignored. Dokploy answers procedures that return {@code undefined} with an empty 200.
     *
     * @return the decoder
     */
    public static ResponseDecoder<Void> none() {
        return new ResponseDecoder<>() {
            @Override
            public @Nullable Void decode(byte[] body) {
                return null;
            }

            @Override
            public String expected() {
                return "no content";
            }
        };
    }

    /**
     * Any JSON as a tree; an empty body is {@code null} and the JSON literal {@code null} a {@link NullNode}.
     *
     * @return the decoder
     */
    public static ResponseDecoder<JsonNode> tree() {
        LazyReader reader = new LazyReader(mapper -> mapper.readerFor(JsonNode.class));
        return new ResponseDecoder<>() {
            @Override
            public @Nullable JsonNode decode(byte[] body) throws IOException {
                if (isBlank(body)) {
                    return null;
                }
                JsonNode node = reader.get().readTree(body);
                return node == null ? NullNode.getInstance() : node;
            }

            @Override
            public String expected() {
                return "JSON";
            }
        };
    }

    /**
     * Any JSON bound to {@code type}; an empty body or {@code null} gives {@code null}.
     *
     * @param type the target type
     * @param <T> the target type
     * @return the decoder
     */
    public static <T> ResponseDecoder<T> valueOf(Class<T> type) {
        LazyReader reader = new LazyReader(mapper -> mapper.readerFor(type));
        return new ResponseDecoder<>() {
            @Override
            public @Nullable T decode(byte[] body) throws IOException {
                return isBlank(body) ? null : reader.get().readValue(body);
            }

            @Override
            public String expected() {
                return "JSON for " + type.getSimpleName();
            }
        };
    }

    private static void requireArray(byte[] body) throws BodyMismatchException {
        int first = firstNonWhitespace(body);
        if (first < 0 || body[first] != '[') {
            throw new BodyMismatchException("found " + (first < 0 ? "an empty body" : shapeOf(body[first])));
        }
    }

    private static String shapeOf(byte first) {
        switch (first) {
            case '{':
                return "a JSON object";
            case '"':
                return "a JSON string";
            case 'n':
                return "null";
            case 't':
            case 'f':
                return "a boolean";
            default:
                return first == '-' || (first >= '0' && first <= '9') ? "a number" : "something that is not JSON";
        }
    }

    private static String describe(@Nullable JsonNode node) {
        if (node == null) {
            return "an empty body";
        }
        return node.isNull() ? "null" : "a JSON " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    static boolean isBlank(byte[] body) {
        return firstNonWhitespace(body) < 0;
    }

    private static int firstNonWhitespace(byte[] body) {
        for (int i = 0; i < body.length; i++) {
            byte b = body[i];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return i;
            }
        }
        return -1;
    }
}
