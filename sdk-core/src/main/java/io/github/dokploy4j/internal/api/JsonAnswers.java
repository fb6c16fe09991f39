package io.github.dokploy4j.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.github.dokploy4j.JsonAnswer;
import io.github.dokploy4j.internal.call.ResponseDecoder;
import io.github.dokploy4j.internal.call.WireJson;
import java.io.IOException;

/** Reads the answers of procedures this SDK does not type: any JSON, or nothing, as a {@link JsonAnswer}. */
public final class JsonAnswers {
    private static final ObjectReader READER = WireJson.MAPPER.readerFor(JsonNode.class);

    private JsonAnswers() {
    }

    /**
     * The decoder of one procedure's answer.
     *
     * @param procedure the procedure, named in conversion errors
     * @return the decoder; an empty body gives an answer whose node is missing
     */
    public static ResponseDecoder<JsonAnswer> decoder(String procedure) {
        return new ResponseDecoder<>() {
            @Override
            public JsonAnswer decode(byte[] body) throws IOException {
                JsonNode node = isBlank(body) ? MissingNode.getInstance() : READER.readTree(body);
                return new TreeAnswer(procedure, node == null ? NullNode.getInstance() : node);
            }

            @Override
            public String expected() {
                return "JSON";
            }
        };
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
