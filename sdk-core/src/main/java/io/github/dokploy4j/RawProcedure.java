package io.github.dokploy4j;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Calls any Dokploy procedure by name, for the hundreds the typed services do not cover
 * ({@code client.procedure("application.one")}). It runs on the same engine as the typed calls: the same
 * authentication, timeouts, retries (queries only) and typed exceptions.
 *
 * <p>{@link #call(Object)} knows every procedure of Dokploy v0.30.2's OpenAPI document ({@link ProcedureInfo}):
 * {@code GET} or {@code POST} follows from the procedure, and the input is read into the procedure's generated
 * {@code …Params} class, so it is checked as the typed services check it. For a procedure newer than this SDK, use
 * {@link #query} for tRPC queries (sent as {@code GET} with flat query parameters) and {@link #mutation} for
 * mutations ({@code POST} with a JSON body), which check nothing; Dokploy answers the wrong one with 404
 * {@code "Not found"}.
 *
 * <pre>{@code
 * JsonNode app = client.procedure("application.one").call(Map.of("applicationId", id));
 * String status = app.path("applicationStatus").asText();
 * }</pre>
 */
public interface RawProcedure {
    /**
     * Returns the procedure's name.
     *
     * @return e.g. {@code application.one}
     */
    String name();

    /**
     * Returns what this SDK knows of the procedure.
     *
     * @return the procedure of v0.30.2's document, or empty for a name it does not have
     */
    java.util.Optional<ProcedureInfo> info();

    /**
     * Calls the procedure as Dokploy v0.30.2's OpenAPI document declares it: as a query ({@code GET}) or a mutation
     * ({@code POST}), with the input checked against the procedure's rules before anything is sent.
     *
     * @param input a {@code Map} of fields, a {@link JsonNode} object or the procedure's generated {@code …Params};
     *     {@code null} for a procedure without input (or with no required field)
     * @return the answer as a JSON tree; {@code null} for an empty body
     * @throws IllegalArgumentException when the procedure is not in the document (use {@link #query} or
     *     {@link #mutation}), takes no input but got one, or the input breaks a rule: the message names the field,
     *     the rule and the procedure
     * @throws UnsupportedOperationException for the two procedures that take a file (multipart/form-data), saying
     *     how to send them
     * @throws io.github.dokploy4j.error.DokployException when the call fails
     */
    @Nullable JsonNode call(@Nullable Object input);

    /**
     * Calls the procedure as a query.
     *
     * @param params the query parameters: values are sent with {@code toString()}, {@code null} values are left out,
     *     an {@code Iterable} becomes a repeated parameter
     * @return the answer as a JSON tree; {@code null} for an empty body
     * @throws io.github.dokploy4j.error.DokployException when the call fails
     */
    @Nullable JsonNode query(Map<String, ?> params);

    /**
     * Calls the procedure as a query and binds the answer.
     *
     * @param params the query parameters
     * @param type what to bind the JSON answer to
     * @param <T> the type
     * @return the bound answer; {@code null} for an empty body or JSON {@code null}
     * @throws io.github.dokploy4j.error.DokployDecodeException when the answer does not bind to {@code type}
     */
    <T> @Nullable T query(Map<String, ?> params, Class<T> type);

    /**
     * Calls the procedure as a mutation.
     *
     * @param body the input, written as JSON ({@code null} sends {@code {}}); a {@code Map}, a record or any
     *     Jackson-serializable object
     * @return the answer as a JSON tree; {@code null} for the empty 200 body Dokploy sends for procedures that
     *     return nothing
     * @throws io.github.dokploy4j.error.DokployException when the call fails
     */
    @Nullable JsonNode mutation(@Nullable Object body);

    /**
     * Calls the procedure as a mutation and binds the answer.
     *
     * @param body the input, written as JSON
     * @param type what to bind the JSON answer to
     * @param <T> the type
     * @return the bound answer; {@code null} for an empty body or JSON {@code null}
     * @throws io.github.dokploy4j.error.DokployDecodeException when the answer does not bind to {@code type}
     */
    <T> @Nullable T mutation(@Nullable Object body, Class<T> type);
}
