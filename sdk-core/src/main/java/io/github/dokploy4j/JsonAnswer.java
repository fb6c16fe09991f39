package io.github.dokploy4j;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The answer of a procedure this SDK does not type yet: the JSON the server sent, with conversions to your own types
 * through the SDK's mapper (the same settings the typed rows are read with: unknown keys ignored where the target
 * allows, {@code Optional} and {@code java.time} supported).
 *
 * <pre>{@code
 * JsonAnswer answer = client.settings().getWebServerSettings();
 * String host = answer.node().path("host").asText();
 * MySettings mine = answer.as(MySettings.class);
 * }</pre>
 *
 * <p>{@code toString()} shows the JSON with every secret-named key ({@link SecretFields}) masked; {@link #node()}
 * holds the real values.
 */
public interface JsonAnswer {
    /**
     * Returns the answer as a JSON tree.
     *
     * @return the tree; {@link com.fasterxml.jackson.databind.node.MissingNode} for an empty body (Dokploy answers
     *     procedures that return nothing with an empty 200), {@link com.fasterxml.jackson.databind.node.NullNode}
     *     for {@code null}
     */
    JsonNode node();

    /**
     * Tells whether the server answered nothing or {@code null}.
     *
     * @return whether {@link #node()} is missing or {@code null}
     */
    boolean isNull();

    /**
     * Converts the answer.
     *
     * @param type the target type, e.g. a record of the fields you need
     * @param <T> the type
     * @return the converted answer; {@code null} when {@link #isNull()}
     * @throws io.github.dokploy4j.error.DokployDecodeException when the JSON does not convert to {@code type}
     */
    <T> T as(Class<T> type);

    /**
     * Converts the answer to a generic type.
     *
     * <pre>{@code
     * List<Map<String, Object>> rows = answer.as(new TypeReference<List<Map<String, Object>>>() { });
     * }</pre>
     *
     * @param type the target type
     * @param <T> the type
     * @return the converted answer; {@code null} when {@link #isNull()}
     * @throws io.github.dokploy4j.error.DokployDecodeException when the JSON does not convert to {@code type}
     */
    <T> T as(TypeReference<T> type);
}
