package io.github.dokploy4j;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The asynchronous {@link RawProcedure}: the same calls, each returning a {@code CompletableFuture} that fails with
 * the SDK's exceptions. Cancelling a future aborts its exchange.
 */
public interface AsyncRawProcedure {
    /**
     * Returns the procedure's name.
     *
     * @return e.g. {@code application.one}
     */
    String name();

    /**
     * Returns what this SDK knows of the procedure; see {@link RawProcedure#info()}.
     *
     * @return the procedure of v0.30.2's document, or empty
     */
    java.util.Optional<ProcedureInfo> info();

    /**
     * Calls the procedure as its document declares it, with the input checked first; see
     * {@link RawProcedure#call(Object)}. Bad input throws at once, before any future exists.
     *
     * @param input a {@code Map}, a {@link JsonNode} object or the procedure's {@code …Params}; {@code null} for none
     * @return the answer as a JSON tree, {@code null} for an empty body
     * @throws IllegalArgumentException as {@link RawProcedure#call(Object)}
     * @throws UnsupportedOperationException for the multipart procedures
     */
    CompletableFuture<@Nullable JsonNode> call(@Nullable Object input);

    /**
     * Calls the procedure as a query; see {@link RawProcedure#query(Map)}.
     *
     * @param params the query parameters
     * @return the answer as a JSON tree, {@code null} for an empty body
     */
    CompletableFuture<@Nullable JsonNode> query(Map<String, ?> params);

    /**
     * Calls the procedure as a query and binds the answer; see {@link RawProcedure#query(Map, Class)}.
     *
     * @param params the query parameters
     * @param type what to bind the answer to
     * @param <T> the type
     * @return the bound answer
     */
    <T> CompletableFuture<@Nullable T> query(Map<String, ?> params, Class<T> type);

    /**
     * Calls the procedure as a mutation; see {@link RawProcedure#mutation(Object)}.
     *
     * @param body the input, written as JSON
     * @return the answer as a JSON tree, {@code null} for an empty body
     */
    CompletableFuture<@Nullable JsonNode> mutation(@Nullable Object body);

    /**
     * Calls the procedure as a mutation and binds the answer; see {@link RawProcedure#mutation(Object, Class)}.
     *
     * @param body the input, written as JSON
     * @param type what to bind the answer to
     * @param <T> the type
     * @return the bound answer
     */
    <T> CompletableFuture<@Nullable T> mutation(@Nullable Object body, Class<T> type);
}
