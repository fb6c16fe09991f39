package io.github.dokploy4j;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dokploy4j.internal.call.Await;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The synchronous escape hatch: waits on the asynchronous one. */
final class DefaultRawProcedure implements RawProcedure {
    private final AsyncRawProcedure async;

    DefaultRawProcedure(AsyncRawProcedure async) {
        this.async = async;
    }

    @Override
    public String name() {
        return async.name();
    }

    @Override
    public java.util.Optional<ProcedureInfo> info() {
        return async.info();
    }

    @Override
    public @Nullable JsonNode call(@Nullable Object input) {
        return Await.result(async.call(input));
    }

    @Override
    public @Nullable JsonNode query(Map<String, ?> params) {
        return Await.result(async.query(params));
    }

    @Override
    public <T> @Nullable T query(Map<String, ?> params, Class<T> type) {
        return Await.result(async.query(params, type));
    }

    @Override
    public @Nullable JsonNode mutation(@Nullable Object body) {
        return Await.result(async.mutation(body));
    }

    @Override
    public <T> @Nullable T mutation(@Nullable Object body, Class<T> type) {
        return Await.result(async.mutation(body, type));
    }

    @Override
    public String toString() {
        return "RawProcedure{" + name() + "}";
    }
}
