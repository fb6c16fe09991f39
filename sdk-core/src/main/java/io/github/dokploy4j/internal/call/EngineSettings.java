package io.github.dokploy4j.internal.call;

import io.github.dokploy4j.AuthScheme;
import io.github.dokploy4j.RequestOptions;
import io.github.dokploy4j.internal.http.Transport;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything the engine needs, resolved and validated by the client builder.
 *
 * @param apiRoot the URI that procedure names are appended to, ending in {@code /api/}
 * @param authScheme how the key is sent
 * @param apiKey the key; never printed
 * @param connectTimeout the connect timeout of the SDK's own HTTP client (for messages)
 * @param requestTimeout the default deadline of one attempt, body included
 * @param maxRetries the default number of repeats for calls that may be repeated
 * @param userAgent the full {@code User-Agent} value
 * @param defaultHeaders headers sent on every call; their values are treated as secrets
 * @param transport the HTTP exchange
 * @param delayer the wait between attempts
 * @param retryPolicy when and how long to wait
 * @param maxConcurrentRequests how many exchanges may be in flight at once
 * @param clock the clock for {@code Retry-After} dates
 * @param logBodies whether request and response bodies are logged (redacted and bounded) at DEBUG
 */
public record EngineSettings(URI apiRoot, AuthScheme authScheme, String apiKey, Duration connectTimeout,
        Duration requestTimeout, int maxRetries, String userAgent, Map<String, String> defaultHeaders,
        Transport transport, Delayer delayer, RetryPolicy retryPolicy, int maxConcurrentRequests, Clock clock,
        boolean logBodies) {

    /**
     * Copies the headers.
     *
     * @param apiRoot the API root
     * @param authScheme the auth scheme
     * @param apiKey the key
     * @param connectTimeout the connect timeout
     * @param requestTimeout the request timeout
     * @param maxRetries the retry budget
     * @param userAgent the user agent
     * @param defaultHeaders the default headers
     * @param transport the transport
     * @param delayer the delayer
     * @param retryPolicy the retry policy
     * @param maxConcurrentRequests the in-flight bound
     * @param clock the clock
     * @param logBodies whether bodies are logged
     */
    public EngineSettings {
        defaultHeaders = Map.copyOf(defaultHeaders);
    }

    /**
     * The headers that say who calls, on every HTTP request and on the log WebSocket's handshake alike: the user
     * agent, the key in the client's scheme, the default headers, then the view's own headers.
     *
     * @param options the calling view's options
     * @return the headers, in order
     */
    public Map<String, String> identityHeaders(RequestOptions options) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("User-Agent", userAgent);
        if (authScheme == AuthScheme.BEARER) {
            headers.put("Authorization", "Bearer " + apiKey);
        } else {
            headers.put("x-api-key", apiKey);
        }
        headers.putAll(defaultHeaders);
        headers.putAll(options.headers());
        return headers;
    }

    @Override
    public String toString() {
        return "EngineSettings{apiRoot=" + apiRoot + ", authScheme=" + authScheme + ", requestTimeout="
                + requestTimeout + ", maxRetries=" + maxRetries + ", defaultHeaders=" + defaultHeaders.keySet()
                + ", logBodies=" + logBodies + "}";
    }
}
