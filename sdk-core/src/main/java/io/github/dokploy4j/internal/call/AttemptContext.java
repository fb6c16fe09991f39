package io.github.dokploy4j.internal.call;

import io.github.dokploy4j.internal.http.Transport;
import java.time.Clock;
import java.time.Duration;

/**
 * What every attempt of every call of one client shares.
 *
 * @param transport the HTTP exchange
 * @param limiter the bound on exchanges in flight
 * @param retryPolicy when and how long to wait before another attempt
 * @param errors turns error answers into exceptions
 * @param clock the clock for {@code Retry-After} dates
 * @param connectTimeout the connect timeout, for messages
 * @param logBodies whether bodies are logged (redacted) at DEBUG
 */
record AttemptContext(Transport transport, InFlightLimiter limiter, RetryPolicy retryPolicy, ApiErrors errors,
        Clock clock, Duration connectTimeout, boolean logBodies) {
}
