package io.github.dokploy4j.internal.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dokploy4j.ProcedureInfo;
import io.github.dokploy4j.internal.api.RawInput;
import io.github.dokploy4j.internal.call.BodyEncoder;
import io.github.dokploy4j.internal.call.Procedure;
import io.github.dokploy4j.internal.call.QueryEncoder;
import io.github.dokploy4j.internal.call.ResponseDecoder;
import io.github.dokploy4j.internal.call.ResponseDecoders;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The escape hatch's declarations, made on the fly from a name and the answer type the caller asks for. */
final class RawDeclarations {
    private RawDeclarations() {
    }

    static String checkName(String name) {
        return Procedure.checkName(name);
    }

    /**
     * The declaration of a catalogued procedure, with its input checked as the typed services check it.
     *
     * @param name the procedure
     * @param input a {@code Map}, a {@code JsonNode}, the procedure's {@code …Params}, or {@code null}
     * @return the declaration and the checked input
     * @throws IllegalArgumentException when the procedure is not in the catalog or the input breaks a rule
     * @throws UnsupportedOperationException for the multipart procedures, saying how to send them
     */
    static Checked checked(String name, @Nullable Object input) {
        ProcedureInfo info = ProcedureInfo.find(name).orElseThrow(() -> new IllegalArgumentException(name
                + " is not a procedure of Dokploy " + ProcedureInfo.serverVersion() + "'s OpenAPI document, which"
                + " this SDK knows: call it with query(…) or mutation(…), which check nothing"));
        if (info.isMultipart()) {
            throw new UnsupportedOperationException(info.multipartAdvice());
        }
        Object checked = RawInput.check(info, input);
        Procedure<Object, JsonNode> procedure = info.isQuery()
                ? Procedure.query(name, QueryEncoder.fields(), ResponseDecoders.tree())
                : Procedure.mutation(name, BodyEncoder.json(), ResponseDecoders.tree());
        // the version a 404 of an older server names
        return new Checked(info.since().map(procedure::since).orElse(procedure), checked);
    }

    /** A catalogued procedure's declaration and its checked input. */
    record Checked(Procedure<Object, JsonNode> procedure, @Nullable Object input) {
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
