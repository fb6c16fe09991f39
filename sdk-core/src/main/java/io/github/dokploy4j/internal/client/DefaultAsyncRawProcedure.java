package io.github.dokploy4j.internal.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dokploy4j.AsyncRawProcedure;
import io.github.dokploy4j.ProcedureInfo;
import io.github.dokploy4j.internal.call.ProcedureCaller;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/** The escape hatch: a procedure declared on the fly by name, run by the same engine as the typed calls. */
final class DefaultAsyncRawProcedure implements AsyncRawProcedure {
    private final String name;
    private final ProcedureCaller caller;

    DefaultAsyncRawProcedure(String name, ProcedureCaller caller) {
        this.name = RawDeclarations.checkName(name);
        this.caller = caller;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Optional<ProcedureInfo> info() {
        return ProcedureInfo.find(name);
    }

    @Override
    public CompletableFuture<@Nullable JsonNode> call(@Nullable Object input) {
        RawDeclarations.Checked checked = RawDeclarations.checked(name, input);
        return caller.callAsync(checked.procedure(), checked.input());
    }

    @Override
    public CompletableFuture<@Nullable JsonNode> query(Map<String, ?> params) {
        return query(params, JsonNode.class);
    }

    @Override
    public <T> CompletableFuture<@Nullable T> query(Map<String, ?> params, Class<T> type) {
        Objects.requireNonNull(params, "params must not be null");
        return caller.callAsync(RawDeclarations.query(name, type), params);
    }

    @Override
    public CompletableFuture<@Nullable JsonNode> mutation(@Nullable Object body) {
        return mutation(body, JsonNode.class);
    }

    @Override
    public <T> CompletableFuture<@Nullable T> mutation(@Nullable Object body, Class<T> type) {
        return caller.callAsync(RawDeclarations.mutation(name, type), body);
    }

    @Override
    public String toString() {
        return "AsyncRawProcedure{" + name + "}";
    }
}
