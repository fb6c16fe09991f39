package io.github.dokploy4j.error;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * No usable HTTP answer arrived: the connection could not be made, a timeout fired, the connection was reset or
 * closed early, the answer was larger than the client accepts, or the waiting thread was interrupted.
 * {@link #kind()} says which; the message names the procedure, the method, the URL (never the key) and the attempt.
 */
public class DokployTransportException extends DokployException {
    private static final long serialVersionUID = 1L;

    /** What kind of transport failure happened. */
    public enum Kind {
        /** The TCP connection could not be made (refused, unreachable host, unknown host). */
        CONNECT_FAILED,
        /** The connection was not made within the connect timeout. */
        CONNECT_TIMEOUT,
        /** The call (headers and the whole body) did not complete within its request timeout. */
        REQUEST_TIMEOUT,
        /** The connection broke after the request was sent: reset, closed before or during the answer. */
        CONNECTION_LOST,
        /** The thread waiting for a synchronous call was interrupted; the call was cancelled. */
        INTERRUPTED,
        /** Another I/O failure, such as a TLS handshake error. */
        IO,
        /**
         * The answer's body was larger than the client's {@code maxResponseBytes}; the exchange was aborted while
         * the body was read, and the call is not repeated.
         */
        RESPONSE_TOO_LARGE
    }

    private final Kind kind;
    private final @Nullable String procedure;

    /**
     * Creates the exception.
     *
     * @param message what failed, naming the procedure; must not contain secrets
     * @param kind what kind of failure it was
     * @param procedure the procedure that was called, or {@code null} when it is not about one
     * @param cause the underlying failure, or {@code null}
     */
    public DokployTransportException(String message, Kind kind, @Nullable String procedure,
            @Nullable Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.procedure = procedure;
    }

    /**
     * Returns what kind of failure this was.
     *
     * @return the kind, never null
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Tells whether a timeout fired (connect or request).
     *
     * @return {@code true} for {@link Kind#CONNECT_TIMEOUT} and {@link Kind#REQUEST_TIMEOUT}
     */
    public boolean isTimeout() {
        return kind == Kind.CONNECT_TIMEOUT || kind == Kind.REQUEST_TIMEOUT;
    }

    /**
     * Returns the procedure that was called.
     *
     * @return the procedure name, or empty when the failure is not about one call
     */
    public Optional<String> procedure() {
        return Optional.ofNullable(procedure);
    }
}
