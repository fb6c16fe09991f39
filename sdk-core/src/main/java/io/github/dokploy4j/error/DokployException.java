package io.github.dokploy4j.error;

import org.jspecify.annotations.Nullable;

/**
 * Base class of every exception the SDK throws. Catch it to handle any failure of a Dokploy call; catch a subclass
 * to tell server answers ({@link DokployApiException}) from network failures ({@link DokployTransportException}) and
 * unexpected response bodies ({@link DokployDecodeException}).
 */
public class DokployException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong; must not contain secrets
     */
    public DokployException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message what went wrong; must not contain secrets
     * @param cause the underlying failure, or {@code null}
     */
    public DokployException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
