package io.github.dokploy4j.error;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The server or a proxy in front of it answered HTTP 429 (too many requests). Queries are retried first, honouring
 * {@code Retry-After} up to the client's cap; this is thrown when the retries are used up or the wait asked for is
 * longer than the cap.
 *
 * <p>Dokploy's own per-key rate limit does <em>not</em> produce a 429: an API key out of its budget gets the plain
 * 401 of {@link UnauthorizedException}.
 */
public class RateLimitedException extends DokployApiException {
    private static final long serialVersionUID = 1L;

    private final @Nullable Duration retryAfter;

    /**
     * Creates the exception; see {@link DokployApiException#DokployApiException} for the other parameters.
     *
     * @param message the full message
     * @param status the HTTP status (429)
     * @param code the tRPC error code, or {@code null}
     * @param serverMessage the server's message
     * @param procedure the procedure that was called
     * @param issues the validation issues, possibly empty
     * @param responseBody a bounded, redacted excerpt of the body
     * @param retryAfter the wait the {@code Retry-After} header asked for, or {@code null}
     */
    public RateLimitedException(String message, int status, @Nullable String code, String serverMessage,
            String procedure, List<ValidationIssue> issues, String responseBody, @Nullable Duration retryAfter) {
        super(message, status, code, serverMessage, procedure, issues, responseBody);
        this.retryAfter = retryAfter;
    }

    /**
     * Returns how long the server asked the client to wait ({@code Retry-After}, in seconds or as an HTTP date).
     *
     * @return the wait, or empty when the answer had no usable {@code Retry-After}
     */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
