package io.github.dokploy4j.internal.http;

import java.io.IOException;

/** The answer's body is larger than the client's {@code maxResponseBytes}; the exchange was aborted. */
public final class ResponseTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    ResponseTooLargeException(long limit, String detail) {
        super("the answer is larger than maxResponseBytes (" + limit + " bytes): " + detail);
    }
}
