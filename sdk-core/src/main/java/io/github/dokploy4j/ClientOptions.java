package io.github.dokploy4j;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;

/**
 * Everything a client was built with, checked and immutable: what {@link DokployClientBuilder#build()} hands to the
 * client it creates. Read it back with {@link DokployClient#clientOptions()}. The API key and the values of default
 * headers never appear in {@link #toString()}.
 */
public final class ClientOptions {
    private final URI apiRoot;
    private final String apiKey;
    private final AuthScheme authScheme;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final int maxRetries;
    private final int maxConcurrentRequests;
    private final long maxResponseBytes;
    private final boolean logBodies;
    private final @Nullable SSLContext sslContext;
    private final @Nullable HttpClient httpClient;
    private final @Nullable Executor executor;
    private final String userAgent;
    private final Map<String, String> defaultHeaders;
    private final @Nullable Clock clock;
    private final @Nullable DelayScheduler delayScheduler;

    ClientOptions(URI apiRoot, String apiKey, AuthScheme authScheme, Duration connectTimeout, Duration requestTimeout,
            int maxRetries, int maxConcurrentRequests, long maxResponseBytes, boolean logBodies,
            @Nullable SSLContext sslContext, @Nullable HttpClient httpClient, @Nullable Executor executor,
            String userAgent, Map<String, String> defaultHeaders, @Nullable Clock clock,
            @Nullable DelayScheduler delayScheduler) {
        this.apiRoot = apiRoot;
        this.apiKey = apiKey;
        this.authScheme = authScheme;
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
        this.maxRetries = maxRetries;
        this.maxConcurrentRequests = maxConcurrentRequests;
        this.maxResponseBytes = maxResponseBytes;
        this.logBodies = logBodies;
        this.sslContext = sslContext;
        this.httpClient = httpClient;
        this.executor = executor;
        this.userAgent = userAgent;
        this.defaultHeaders = Collections.unmodifiableMap(new LinkedHashMap<>(defaultHeaders));
        this.clock = clock;
        this.delayScheduler = delayScheduler;
    }

    /**
     * Returns the address procedure names are appended to.
     *
     * @return the API root, ending in {@code /api/}
     */
    public URI apiRoot() {
        return apiRoot;
    }

    /**
     * Returns the API key the client sends.
     *
     * @return the key
     */
    public String apiKey() {
        return apiKey;
    }

    /**
     * Returns how the key is sent.
     *
     * @return the scheme
     */
    public AuthScheme authScheme() {
        return authScheme;
    }

    /**
     * Returns the connect timeout of the HTTP client the SDK builds.
     *
     * @return the timeout
     */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /**
     * Returns the default deadline of one attempt of a call, headers and body.
     *
     * @return the timeout
     */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    /**
     * Returns how many times a call that may be repeated is repeated by default.
     *
     * @return 0 to 10
     */
    public int maxRetries() {
        return maxRetries;
    }

    /**
     * Returns how many requests the client has in flight at once.
     *
     * @return at least 1
     */
    public int maxConcurrentRequests() {
        return maxConcurrentRequests;
    }

    /**
     * Returns the largest response body the client reads.
     *
     * @return bytes
     */
    public long maxResponseBytes() {
        return maxResponseBytes;
    }

    /**
     * Returns whether request and response bodies are logged (redacted) at DEBUG.
     *
     * @return the flag
     */
    public boolean logBodies() {
        return logBodies;
    }

    /**
     * Returns the TLS context of the HTTP client the SDK builds, when one was set.
     *
     * @return the context
     */
    public Optional<SSLContext> sslContext() {
        return Optional.ofNullable(sslContext);
    }

    /**
     * Returns the caller's own HTTP client, when one was set.
     *
     * @return the client
     */
    public Optional<HttpClient> httpClient() {
        return Optional.ofNullable(httpClient);
    }

    /**
     * Returns the caller's executor, when one was set.
     *
     * @return the executor
     */
    public Optional<Executor> executor() {
        return Optional.ofNullable(executor);
    }

    /**
     * Returns the whole {@code User-Agent} value.
     *
     * @return e.g. {@code dokploy4j/0.1.0 java/17.0.15 my-bot/1.2}
     */
    public String userAgent() {
        return userAgent;
    }

    /**
     * Returns the headers sent on every request; their values are treated as secrets.
     *
     * @return the headers, in the order they were added
     */
    public Map<String, String> defaultHeaders() {
        return defaultHeaders;
    }

    /**
     * Returns the clock the client's deadlines read, when a test gave one ({@link DokployClientBuilder#time}).
     *
     * @return the clock; empty for the system clock
     */
    public Optional<Clock> clock() {
        return Optional.ofNullable(clock);
    }

    /**
     * Returns how the client waits, when a test gave its own ({@link DokployClientBuilder#time}).
     *
     * @return the scheduler; empty for the client's own timer thread
     */
    public Optional<DelayScheduler> delayScheduler() {
        return Optional.ofNullable(delayScheduler);
    }

    /** The key and the header values are left out. */
    @Override
    public String toString() {
        return "ClientOptions{apiRoot=" + apiRoot + ", authScheme=" + authScheme + ", apiKey=***"
                + ", connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout + ", maxRetries="
                + maxRetries + ", maxConcurrentRequests=" + maxConcurrentRequests + ", maxResponseBytes="
                + maxResponseBytes + ", logBodies=" + logBodies + ", ownHttpClient=" + (httpClient != null)
                + ", ownExecutor=" + (executor != null) + ", defaultHeaders=" + defaultHeaders.keySet()
                + (delayScheduler == null ? "" : ", ownTime=true") + "}";
    }
}
