package io.github.dokploy4j.internal.call;

import java.io.IOException;

/** A 2xx body that is well-formed but not of the shape the procedure returns (for example {@code null}). */
public final class BodyMismatchException extends IOException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was found instead
     */
    public BodyMismatchException(String message) {
        super(message);
    }
}
