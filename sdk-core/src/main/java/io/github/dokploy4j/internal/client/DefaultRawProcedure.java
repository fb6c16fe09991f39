package io.github.dokploy4j.internal.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dokploy4j.RawProcedure;
import io.github.dokploy4j.ProcedureInfo;
import io.github.dokploy4j.internal.call.ProcedureCaller;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The synchronous escape hatch: the same declarations as the asynchronous one, called on the caller's thread. */
final class DefaultRawProcedure implements RawProcedure {
    private final String name;
    private final ProcedureCaller caller;

    DefaultRawProcedure(String name, ProcedureCaller caller) {
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
    public @Nullable JsonNode call(@Nullable Object input) {
        RawDeclarations.Checked checked = RawDeclarations.checked(name, input);
        return caller.call(checked.procedure(), checked.input());
    }

    @Override
    public @Nullable JsonNode query(Map<String, ?> params) {
        return query(params, JsonNode.class);
    }

    @Override
    public <T> @Nullable T query(Map<String, ?> params, Class<T> type) {
        Objects.requireNonNull(params, "params must not be null");
        return caller.call(RawDeclarations.query(name, type), params);
    }

    @Override
    public @Nullable JsonNode mutation(@Nullable Object body) {
        return mutation(body, JsonNode.class);
    }

    @Override
    public <T> @Nullable T mutation(@Nullable Object body, Class<T> type) {
        return caller.call(RawDeclarations.mutation(name, type), body);
    }

    @Override
    public String toString() {
        return "RawProcedure{" + name + "}";
    }
}
