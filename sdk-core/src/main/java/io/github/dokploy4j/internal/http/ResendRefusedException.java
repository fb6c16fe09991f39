package io.github.dokploy4j.internal.http;

/**
 * Thrown from inside the JDK's exchange, before the request head is written, when the JDK tries to re-send a request
 * whose call has already sent all the requests its retry budget allows. The JDK fails the exchange with it as the
 * cause, and nothing reaches the server.
 */
public final class ResendRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ResendRefusedException(int limit) {
        super("the HTTP client's automatic re-send was refused: the call had already sent the " + limit
                + " request(s) its retry budget allows", null, false, false);
    }
}
