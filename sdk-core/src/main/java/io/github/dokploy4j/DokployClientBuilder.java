package io.github.dokploy4j;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link DokployClient}; obtain one with {@link DokployClient#builder()}. Only {@link #baseUrl} and
 * {@link #apiKey} are required. {@link #build()} checks every option and names the one it refuses.
 */
public final class DokployClientBuilder {
    private static final long DEFAULT_MAX_RESPONSE_BYTES = 64L * 1024 * 1024;
    private static final long LARGEST_ARRAY = Integer.MAX_VALUE - 8;
    private @Nullable URI apiRoot;
    private @Nullable String apiKey;
    private AuthScheme authScheme = AuthScheme.X_API_KEY;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofSeconds(30);
    private int maxRetries = 2;
    private int maxConcurrentRequests = 64;
    private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
    private boolean logBodies;
    private @Nullable SSLContext sslContext;
    private @Nullable HttpClient httpClient;
    private @Nullable Executor executor;
    private @Nullable String userAgent;
    private final Map<String, String> defaultHeaders = new LinkedHashMap<>();
    private @Nullable Clock clock;
    private @Nullable DelayScheduler delayScheduler;

    DokployClientBuilder() {
    }

    /**
     * Sets the server's address. {@code https://host}, {@code https://host/api}, a trailing slash and a path
     * prefix behind a reverse proxy ({@code https://host/dokploy}) are all accepted; {@code /api} is never
     * doubled.
     *
     * @param baseUrl the address, {@code http://} or {@code https://}, without user info, query or fragment
     * @return this builder
     * @throws IllegalArgumentException when the address is not usable, saying why
     */
    public DokployClientBuilder baseUrl(String baseUrl) {
        Objects.requireNonNull(baseUrl, "baseUrl must not be null");
        this.apiRoot = BaseUrl.apiRoot(baseUrl);
        return this;
    }

    /**
     * Sets the server's address; see {@link #baseUrl(String)}.
     *
     * @param baseUrl the address
     * @return this builder
     * @throws IllegalArgumentException when the address is not usable, saying why
     */
    public DokployClientBuilder baseUrl(URI baseUrl) {
        Objects.requireNonNull(baseUrl, "baseUrl must not be null");
        this.apiRoot = BaseUrl.apiRoot(baseUrl);
        return this;
    }

    /**
     * Sets the API key (Dokploy: Settings → Profile → API/CLI). It is sent as {@code x-api-key} and never
     * appears in a log line, an exception message or a {@code toString()}.
     *
     * <p>Keys created through the API without {@code rateLimitEnabled:false} allow 10 verifications a day and
     * every request spends two: such a key stops working after about five calls, with a plain 401.
     *
     * @param apiKey the key
     * @return this builder
     */
    public DokployClientBuilder apiKey(String apiKey) {
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey must not be null");
        return this;
    }

    /**
     * Sets how the key is sent. The default, {@link AuthScheme#X_API_KEY}, is the only one Dokploy v0.19.0 and
     * later accept.
     *
     * @param authScheme the scheme
     * @return this builder
     */
    public DokployClientBuilder authScheme(AuthScheme authScheme) {
        this.authScheme = Objects.requireNonNull(authScheme, "authScheme must not be null");
        return this;
    }

    /**
     * Sets the connect timeout of the HTTP client the SDK builds (default 10 s). It does not apply to a client
     * passed to {@link #httpClient}: set it there.
     *
     * @param connectTimeout a positive duration
     * @return this builder
     */
    public DokployClientBuilder connectTimeout(Duration connectTimeout) {
        this.connectTimeout = OptionChecks.positive(connectTimeout, "connectTimeout");
        return this;
    }

    /**
     * Sets the deadline of one attempt of a call, covering the headers and the whole body (default 30 s). The
     * JDK's own request timeout stops counting once the headers arrive; this one does not, so a body that never
     * ends fails the call with a {@code DokployTransportException} of kind {@code REQUEST_TIMEOUT}.
     *
     * @param requestTimeout a positive duration
     * @return this builder
     */
    public DokployClientBuilder requestTimeout(Duration requestTimeout) {
        this.requestTimeout = OptionChecks.positive(requestTimeout, "requestTimeout");
        return this;
    }

    /**
     * Sets how many times a call that may be repeated is repeated (default 2; 0 disables repeats). Queries are
     * repeated after a broken connection and on 408, 429, 502, 503 and 504; mutations only when the connection
     * could not be made at all, so a deploy is never queued twice.
     *
     * @param maxRetries 0 to 10
     * @return this builder
     */
    public DokployClientBuilder maxRetries(int maxRetries) {
        this.maxRetries = OptionChecks.retries(maxRetries);
        return this;
    }

    /**
     * Sets how many requests the client has in flight at once (default 64); further calls wait their turn
     * without holding a thread.
     *
     * @param maxConcurrentRequests at least 1
     * @return this builder
     */
    public DokployClientBuilder maxConcurrentRequests(int maxConcurrentRequests) {
        if (maxConcurrentRequests < 1) {
            throw new IllegalArgumentException("maxConcurrentRequests must be at least 1, was "
                    + maxConcurrentRequests);
        }
        this.maxConcurrentRequests = maxConcurrentRequests;
        return this;
    }

    /**
     * Sets the largest response body the client reads into memory (default 64 MiB). A larger answer is refused
     * while it is read: the exchange is aborted, its connection closed, and the call fails with a
     * {@code DokployTransportException} of kind {@code RESPONSE_TOO_LARGE}, which is not retried. The limit is
     * applied by the SDK's {@code java.net.http} transport, also over a client passed to {@link #httpClient}.
     *
     * @param maxResponseBytes 1 to {@code Integer.MAX_VALUE - 8} bytes
     * @return this builder
     * @throws IllegalArgumentException when it is out of range
     */
    public DokployClientBuilder maxResponseBytes(long maxResponseBytes) {
        if (maxResponseBytes < 1 || maxResponseBytes > LARGEST_ARRAY) {
            throw new IllegalArgumentException("maxResponseBytes must be between 1 and " + LARGEST_ARRAY
                    + ", was " + maxResponseBytes);
        }
        this.maxResponseBytes = maxResponseBytes;
        return this;
    }

    /**
     * Logs the body of every request and response at DEBUG on the logger
     * {@code io.github.dokploy4j.http} (default off). Bodies are still redacted (the key,
     * default header values and every {@code fullContext} field are masked) and cut at 500 characters. Leave it
     * off in production: bodies hold deployment logs, environment names and other data you may not want in
     * logs.
     *
     * @param logBodies whether to log bodies
     * @return this builder
     */
    public DokployClientBuilder logBodies(boolean logBodies) {
        this.logBodies = logBodies;
        return this;
    }

    /**
     * Sets the TLS context of the HTTP client the SDK builds, for a Dokploy behind a certificate from a private
     * CA: build an {@link SSLContext} whose trust manager holds that CA (never one that trusts everything).
     * To combine it with other settings (a proxy, say) pass your own client to {@link #httpClient} instead;
     * {@link #build()} refuses both at once.
     *
     * @param sslContext the context
     * @return this builder
     */
    public DokployClientBuilder sslContext(SSLContext sslContext) {
        this.sslContext = Objects.requireNonNull(sslContext, "sslContext must not be null");
        return this;
    }

    /**
     * Uses your own JDK {@link HttpClient}, for example one with an {@code SSLContext} that trusts a private CA
     * or a proxy selector. It must not follow redirects ({@link HttpClient.Redirect#NEVER}, the JDK's default):
     * a redirect would carry the API key to another origin, so {@link #build()} refuses such a client. The SDK
     * still speaks HTTP/1.1 on {@code http://} whatever version the client prefers, still counts the JDK's own
     * re-sends against the retry budget, and still applies {@link #maxResponseBytes} and the request timeout.
     * Do not give it an {@link java.net.Authenticator}: Dokploy's 401 carries no {@code WWW-Authenticate}
     * header, and the JDK then fails the call with an {@code IOException} instead of returning the 401.
     *
     * @param httpClient the client
     * @return this builder
     */
    public DokployClientBuilder httpClient(HttpClient httpClient) {
        this.httpClient = Objects.requireNonNull(httpClient, "httpClient must not be null");
        return this;
    }

    /**
     * Sets the executor asynchronous calls run on: each attempt runs there (it occupies one thread while it waits for
     * the answer), the call's future completes there, and every wait (retry backoff, poll interval) and listener
     * callback resumes there. By default the client starts its own daemon threads on demand and stops them on
     * {@link DokployClient#close()}. The HTTP client the SDK builds keeps its I/O on the client's own threads, so a
     * small pool of yours full of waiting calls cannot starve the I/O they wait for; give a fixed pool at least
     * {@link #maxConcurrentRequests} threads.
     *
     * @param executor the executor; the client never shuts it down
     * @return this builder
     */
    public DokployClientBuilder executor(Executor executor) {
        this.executor = Objects.requireNonNull(executor, "executor must not be null");
        return this;
    }

    /**
     * Appends a product token to the {@code User-Agent}, which starts with
     * {@code dokploy4j/<version> java/<version>}.
     *
     * @param userAgent e.g. {@code my-deploy-bot/1.2}
     * @return this builder
     */
    public DokployClientBuilder userAgent(String userAgent) {
        HeaderRules.check("User-Agent", Objects.requireNonNull(userAgent, "userAgent must not be null"),
                "userAgent");
        this.userAgent = userAgent.strip();
        return this;
    }

    /**
     * Adds a header to every request, e.g. the token of an access proxy in front of Dokploy. Its value is
     * treated as a secret: never logged, and removed from exception excerpts.
     *
     * @param name the header name
     * @param value the value, without line breaks
     * @return this builder
     * @throws IllegalArgumentException when the header cannot be sent
     */
    public DokployClientBuilder defaultHeader(String name, String value) {
        HeaderRules.check(name, value, "defaultHeader");
        defaultHeaders.put(name, value);
        return this;
    }

    /**
     * Runs the client's waits and deadlines in your time, for tests: the clock that deadlines
     * ({@code awaitCompletion(timeout)}, {@code Retry-After} dates) are measured on, and the scheduler every wait of
     * the SDK's pace goes through (poll intervals, retry backoffs). With the testkit's manual clock, a deploy-and-wait
     * against {@code FakeDokploy} then runs in fake time, without a real wait; see {@link DelayScheduler} for an
     * example. Production code leaves this alone: the client uses the system clock and its own timer thread.
     *
     * @param clock the clock, e.g. one that reads the fake server's clock
     * @param delays the waits, e.g. ones that advance the fake server's clock
     * @return this builder
     */
    public DokployClientBuilder time(Clock clock, DelayScheduler delays) {
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.delayScheduler = Objects.requireNonNull(delays, "delays must not be null");
        return this;
    }

    /**
     * Builds the client. Without {@link #httpClient(HttpClient) an HTTP client of yours}, the client's own threads
     * make the JDK's {@code HttpClient} while this returns (about 60 ms in a fresh JVM, most of a client's set-up):
     * the first call waits for it if it must, at most its request timeout, before it sends anything. Should making it
     * fail (the JDK cannot open a selector, say), every call fails with a {@code DokployTransportException} whose cause
     * says why.
     *
     * @return a client ready to use
     * @throws IllegalArgumentException naming the option that is missing or not usable, and how to fix it
     */
    public DokployClient build() {
        ClientOptions options = options();
        // the one door from the exported API into the implementation (see the module's package-info)
        return io.github.dokploy4j.internal.client.ClientFactory.create(options);
    }

    /**
     * Checks the options and returns them as the immutable value a client is built from, without building one.
     *
     * @return the options
     * @throws IllegalArgumentException naming the option that is missing or not usable, and how to fix it
     */
    public ClientOptions options() {
        URI root = apiRoot;
        String key = apiKey;
        if (root == null) {
            throw new IllegalArgumentException("baseUrl is required: call baseUrl(\"https://dokploy.example.com\")"
                    + " or use DokployClient.fromEnv() with DOKPLOY_URL set");
        }
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("apiKey is required: create one in Dokploy under Settings →"
                    + " Profile → API/CLI and pass it to apiKey(…)");
        }
        if (!key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException("apiKey contains white space or characters that cannot be sent"
                    + " in a header; check how it was read (a trailing newline from a file?)");
        }
        if (httpClient != null && sslContext != null) {
            throw new IllegalArgumentException("sslContext applies to the HTTP client the SDK builds, but an"
                    + " httpClient was given too: build your HttpClient with .sslContext(…) instead");
        }
        if (httpClient != null && httpClient.followRedirects() != HttpClient.Redirect.NEVER) {
            throw new IllegalArgumentException("httpClient follows redirects (" + httpClient.followRedirects()
                    + "): a redirect would send the API key to another origin. Build it with"
                    + " followRedirects(HttpClient.Redirect.NEVER)");
        }
        return new ClientOptions(root, key, authScheme, connectTimeout, requestTimeout, maxRetries,
                maxConcurrentRequests, maxResponseBytes, logBodies, sslContext, httpClient, executor,
                userAgentValue(), defaultHeaders, clock, delayScheduler);
    }

    private String userAgentValue() {
        String base = "dokploy4j/" + SdkVersion.VALUE + " java/" + Runtime.version().feature() + "."
                + Runtime.version().interim() + "." + Runtime.version().update();
        return userAgent == null || userAgent.isEmpty() ? base : base + " " + userAgent;
    }

    /** The key is left out. */
    @Override
    public String toString() {
        return "DokployClientBuilder{baseUrl=" + apiRoot + ", authScheme=" + authScheme + ", apiKey="
                + (apiKey == null ? "unset" : "***") + "}";
    }
}
