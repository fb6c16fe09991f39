package io.github.dokploy4j.error;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The server refused the call with HTTP 403. Dokploy rarely answers 403: permission failures are 401 (see {@link UnauthorizedException}); 403 comes from enterprise-only procedures ("Valid enterprise license required") and from access proxies in front of Dokploy.
 */
public class ForbiddenException extends DokployApiException {
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
    public ForbiddenException(String message, int status, @Nullable String code, String serverMessage, String procedure,
            List<ValidationIssue> issues, String responseBody) {
        super(message, status, code, serverMessage, procedure, issues, responseBody);
    }
}
