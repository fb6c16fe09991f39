package io.github.dokploy4j;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dokploy4j.internal.api.RawInput;
import io.github.dokploy4j.internal.call.BodyEncoder;
import io.github.dokploy4j.internal.call.Procedure;
import io.github.dokploy4j.internal.call.ProcedureCaller;
import io.github.dokploy4j.internal.call.QueryEncoder;
import io.github.dokploy4j.internal.call.ResponseDecoder;
import io.github.dokploy4j.internal.call.ResponseDecoders;
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
        this.name = Procedure.checkName(name);
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
        ProcedureInfo info = info().orElseThrow(() -> new IllegalArgumentException(name + " is not a procedure of"
                + " Dokploy " + ProcedureInfo.serverVersion() + "'s OpenAPI document, which this SDK knows: call it"
                + " with query(…) or mutation(…), which check nothing"));
        if (info.isMultipart()) {
            throw new UnsupportedOperationException(info.multipartAdvice());
        }
        Object checked = RawInput.check(info, input);
        return info.isQuery()
                ? caller.callAsync(Procedure.query(name, QueryEncoder.fields(), ResponseDecoders.tree()), checked)
                : caller.callAsync(Procedure.mutation(name, BodyEncoder.json(), ResponseDecoders.tree()), checked);
    }

    @Override
    public CompletableFuture<@Nullable JsonNode> query(Map<String, ?> params) {
        return query(params, JsonNode.class);
    }

    @Override
    public <T> CompletableFuture<@Nullable T> query(Map<String, ?> params, Class<T> type) {
        Objects.requireNonNull(params, "params must not be null");
        return caller.callAsync(Procedure.query(name, QueryEncoder.map(), decoderFor(type)), params);
    }

    @Override
    public CompletableFuture<@Nullable JsonNode> mutation(@Nullable Object body) {
        return mutation(body, JsonNode.class);
    }

    @Override
    public <T> CompletableFuture<@Nullable T> mutation(@Nullable Object body, Class<T> type) {
        return caller.callAsync(Procedure.mutation(name, BodyEncoder.json(), decoderFor(type)), body);
    }

    @SuppressWarnings("unchecked")
    private static <T> ResponseDecoder<T> decoderFor(Class<T> type) {
        Objects.requireNonNull(type, "type must not be null");
        return type == JsonNode.class ? (ResponseDecoder<T>) ResponseDecoders.tree() : ResponseDecoders.valueOf(type);
    }

    @Override
    public String toString() {
        return "AsyncRawProcedure{" + name + "}";
    }
}
