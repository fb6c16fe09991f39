package io.github.dokploy4j.internal.call;

import io.github.dokploy4j.error.DokployTransportException.Kind;
import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The one place that decides whether an attempt is repeated, and after how long.
 *
 * <ul>
 *   <li>A request that provably never left the client (connection refused or not made in time) may be repeated,
 *       whatever its method.</li>
 *   <li>Otherwise only idempotent calls are repeated (queries, or calls the caller marked idempotent): after a broken
 *       connection, and on 408, 429, 502, 503 and 504. A mutation such as {@code application.deploy} is never sent
 *       twice: the first one may have queued a build.</li>
 *   <li>Never after a request timeout (the caller's time is spent) or on 401 (an API key limited to a few requests a
 *       day would burn the rest).</li>
 *   <li>The wait honours {@code Retry-After} up to {@link #maxRetryAfter}; a longer wait is not retried at all, so the
 *       caller sees the {@code RateLimitedException} with the wait asked for. Otherwise it is an exponential backoff
 *       from {@link #initialBackoff} to {@link #maxBackoff}, with up to 25% jitter.</li>
 * </ul>
 */
public final class RetryPolicy {
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Duration maxRetryAfter;
    private final DoubleSupplier random;

    /**
     * Creates a policy.
     *
     * @param initialBackoff the wait before the first repeat
     * @param maxBackoff the longest computed wait
     * @param maxRetryAfter the longest {@code Retry-After} honoured
     * @param random a source of numbers in [0, 1) for the jitter
     */
    public RetryPolicy(Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter, DoubleSupplier random) {
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
        this.maxRetryAfter = maxRetryAfter;
        this.random = random;
    }

    /**
     * The policy of a default client: 0.5 s doubling up to 8 s, {@code Retry-After} honoured up to 30 s.
     *
     * @return the default policy
     */
    public static RetryPolicy standard() {
        return new RetryPolicy(Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(30), Math::random);
    }

    Optional<Duration> afterFailure(Kind kind, boolean idempotent, int attempt, int maxRetries) {
        if (attempt > maxRetries) {
            return Optional.empty();
        }
        boolean repeatable = FailureKinds.neverSent(kind) || (idempotent && kind == Kind.CONNECTION_LOST);
        return repeatable ? Optional.of(backoff(attempt)) : Optional.empty();
    }

    Optional<Duration> afterStatus(int status, @Nullable Duration retryAfter, boolean idempotent, int attempt,
            int maxRetries) {
        if (attempt > maxRetries || !idempotent || !isRetryableStatus(status)) {
            return Optional.empty();
        }
        if (retryAfter != null) {
            return retryAfter.compareTo(maxRetryAfter) <= 0 ? Optional.of(retryAfter) : Optional.empty();
        }
        return Optional.of(backoff(attempt));
    }

    static boolean isRetryableStatus(int status) {
        return status == 408 || status == 429 || status == 502 || status == 503 || status == 504;
    }

    private Duration backoff(int attempt) {
        long base = initialBackoff.toMillis() << Math.min(attempt - 1, 20);
        long capped = Math.min(base, maxBackoff.toMillis());
        double jitter = 1.0 - 0.25 * random.getAsDouble();
        return Duration.ofMillis(Math.round(capped * jitter));
    }
}
