package io.github.dokploy4j.error;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The server refused the input (HTTP 400): an input validation error (see {@link #issues()}), a request the server cannot carry out in this state (for example {@code killProcess} on a build, which has no process id), or the plain-text {@code Invalid JSON} answer to a malformed body.
 */
public class BadRequestException extends DokployApiException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception; see {@link DokployApiException#DokployApiException} for the parameters.
     *
     * @param message the full message
     * @param status the HTTP status
     * @param code the tRPC error code, or {@code null}
     * @param serverMessage the server's message
     * @param procedure the procedure that was called
     * @param issues the validation issues, possibly empty
     * @param responseBody a bounded, redacted excerpt of the body
     */
    public BadRequestException(String message, int status, @Nullable String code, String serverMessage, String procedure,
            List<ValidationIssue> issues, String responseBody) {
        super(message, status, code, serverMessage, procedure, issues, responseBody);
    }
}
