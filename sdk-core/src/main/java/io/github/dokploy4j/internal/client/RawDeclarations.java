package io.github.dokploy4j.internal.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dokploy4j.internal.call.BodyEncoder;
import io.github.dokploy4j.internal.call.Procedure;
import io.github.dokploy4j.internal.call.QueryEncoder;
import io.github.dokploy4j.internal.call.ResponseDecoder;
import io.github.dokploy4j.internal.call.ResponseDecoders;
import java.util.Map;
import java.util.Objects;

/** The escape hatch's declarations, made on the fly from a name and the answer type the caller asks for. */
final class RawDeclarations {
    private RawDeclarations() {
    }

    static String checkName(String name) {
        return Procedure.checkName(name);
    }

    static <T> Procedure<Map<String, ?>, T> query(String name, Class<T> type) {
        return Procedure.query(name, QueryEncoder.map(), decoderFor(type));
    }

    static <T> Procedure<Object, T> mutation(String name, Class<T> type) {
        return Procedure.mutation(name, BodyEncoder.json(), decoderFor(type));
    }

    @SuppressWarnings("unchecked")
    private static <T> ResponseDecoder<T> decoderFor(Class<T> type) {
        Objects.requireNonNull(type, "type must not be null");
        return type == JsonNode.class ? (ResponseDecoder<T>) ResponseDecoders.tree() : ResponseDecoders.valueOf(type);
    }
}
