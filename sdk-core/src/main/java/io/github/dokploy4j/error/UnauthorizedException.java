package io.github.dokploy4j.error;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The server answered HTTP 401. Dokploy uses 401 for two different failures, told apart by
 * {@link #isAuthenticationFailure()}:
 *
 * <ul>
 *   <li><b>Authentication failed</b>: the body is exactly {@code {"message":"Unauthorized"}} with no {@code code}.
 *       The API key is missing, wrong, disabled or expired, <em>or it is out of its rate-limit budget</em>: keys
 *       created through the API without {@code rateLimitEnabled:false} allow 10 verifications a day and every request
 *       spends two, so about five calls a day succeed. The server gives the same answer in every case. Since v0.19.0
 *       Dokploy ignores {@code Authorization: Bearer}; only {@code x-api-key} authenticates.</li>
 *   <li><b>Permission denied</b>: the body carries {@code "code":"UNAUTHORIZED"} and a message such as
 *       {@code "You don't have access to this service"} or {@code "Permission denied"}: the key is valid but its
 *       member role or granted services do not cover the call.</li>
 * </ul>
 *
 * <p>The SDK never retries a 401: a rate-limited key would only burn its last requests.
 */
public class UnauthorizedException extends DokployApiException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception; see {@link DokployApiException#DokployApiException} for the parameters.
     *
     * @param message the full message
     * @param status the HTTP status (401)
     * @param code the tRPC error code, or {@code null} for the plain authentication failure
     * @param serverMessage the server's message
     * @param procedure the procedure that was called
     * @param issues the validation issues, possibly empty
     * @param responseBody a bounded, redacted excerpt of the body
     */
    public UnauthorizedException(String message, int status, @Nullable String code, String serverMessage,
            String procedure, List<ValidationIssue> issues, String responseBody) {
        super(message, status, code, serverMessage, procedure, issues, responseBody);
    }

    /**
     * Tells whether authentication failed (the plain {@code {"message":"Unauthorized"}} without a code: missing,
     * wrong, expired or rate-limited key) rather than a permission check.
     *
     * @return {@code true} when the key itself was not accepted
     */
    public boolean isAuthenticationFailure() {
        return code().isEmpty();
    }
}
