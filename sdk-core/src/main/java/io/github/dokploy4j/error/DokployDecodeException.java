package io.github.dokploy4j.error;

import org.jspecify.annotations.Nullable;

/**
 * The server answered with a 2xx status, but the body is not what the procedure returns: not JSON, JSON of the wrong
 * shape (an object where a list belongs, {@code null} where a value is required), or invalid UTF-8. This usually
 * means something between the client and Dokploy answered instead of Dokploy (a login page of an access proxy, a
 * captive portal), or a server version whose shape this SDK does not know.
 */
public class DokployDecodeException extends DokployException {
    private static final long serialVersionUID = 1L;

    private final String procedure;
    private final int status;
    private final String bodyExcerpt;

    /**
     * Creates the exception.
     *
     * @param message what did not fit, naming the procedure
     * @param procedure the procedure that was called
     * @param status the HTTP status of the answer
     * @param bodyExcerpt a short, redacted excerpt of the body
     * @param cause the parser's exception, or {@code null}
     */
    public DokployDecodeException(String message, String procedure, int status, String bodyExcerpt,
            @Nullable Throwable cause) {
        super(message, cause);
        this.procedure = procedure;
        this.status = status;
        this.bodyExcerpt = bodyExcerpt;
    }

    /**
     * Returns the procedure that was called.
     *
     * @return the procedure name
     */
    public String procedure() {
        return procedure;
    }

    /**
     * Returns the HTTP status of the answer.
     *
     * @return the 2xx status
     */
    public int status() {
        return status;
    }

    /**
     * Returns a short, redacted excerpt of the body that could not be decoded.
     *
     * @return the excerpt, possibly empty
     */
    public String bodyExcerpt() {
        return bodyExcerpt;
    }
}
