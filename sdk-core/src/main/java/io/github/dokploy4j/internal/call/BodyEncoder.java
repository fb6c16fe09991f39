package io.github.dokploy4j.internal.call;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Turns the input of a mutation into the JSON body of its {@code POST} request.
 *
 * @param <I> the input type
 */
@FunctionalInterface
public interface BodyEncoder<I> {
    /**
     * Encodes the input.
     *
     * @param input the input; {@code null} for a mutation without input
     * @return the body bytes
     * @throws IllegalArgumentException when the input cannot be written as JSON
     */
    byte[] encode(@Nullable I input);

    /**
     * The encoder of a mutation that takes no input. Dokploy still wants a JSON body (and its content type), so the
     * body is {@code {}}.
     *
     * @return the encoder
     */
    static BodyEncoder<Void> none() {
        return input -> EmptyBody.BYTES.clone();
    }

    /**
     * The encoder that writes the input with the SDK's mapper; {@code null} becomes {@code {}}.
     *
     * @param <I> the input type
     * @return the encoder
     */
    static <I> BodyEncoder<I> json() {
        return input -> {
            if (input == null) {
                return EmptyBody.BYTES.clone();
            }
            try {
                return WireJson.MAPPER.writeValueAsBytes(input);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("the input cannot be written as JSON: " + e.getOriginalMessage(),
                        e);
            }
        };
    }

    /** The body of a mutation without input. */
    final class EmptyBody {
        static final byte[] BYTES = "{}".getBytes(StandardCharsets.US_ASCII);

        private EmptyBody() {
        }
    }
}
