package io.github.dokploy4j.error;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The server failed (HTTP 5xx): an internal error of Dokploy ({@code "Internal server error"}, or a failed command such as killing a process that is already gone), or a reverse proxy reporting that Dokploy is down (502, 503, 504). Queries are retried on 502, 503 and 504 before this is thrown.
 */
public class ServerErrorException extends DokployApiException {
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
    public ServerErrorException(String message, int status, @Nullable String code, String serverMessage, String procedure,
            List<ValidationIssue> issues, String responseBody) {
        super(message, status, code, serverMessage, procedure, issues, responseBody);
    }
}
