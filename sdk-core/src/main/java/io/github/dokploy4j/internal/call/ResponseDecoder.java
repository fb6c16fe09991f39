package io.github.dokploy4j.internal.call;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Turns the body of a 2xx answer into the procedure's result.
 *
 * @param <O> the result type
 */
public interface ResponseDecoder<O> {
    /**
     * Decodes a body.
     *
     * @param body the whole body, possibly empty (Dokploy answers procedures that return nothing with an empty 200)
     * @return the result
     * @throws IOException when the body is not JSON, or not of the expected shape ({@link BodyMismatchException})
     */
    @Nullable O decode(byte[] body) throws IOException;

    /**
     * Describes what the decoder expects, for error messages.
     *
     * @return e.g. {@code "a JSON list of deployments"}
     */
    String expected();
}
