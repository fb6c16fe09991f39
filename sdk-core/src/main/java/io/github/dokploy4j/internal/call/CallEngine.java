package io.github.dokploy4j.internal.call;

import io.github.dokploy4j.AuthScheme;
import io.github.dokploy4j.ClientOptions;
import io.github.dokploy4j.RequestOptions;
import io.github.dokploy4j.error.DokployException;
import io.github.dokploy4j.error.DokployTransportException;
import io.github.dokploy4j.error.NotFoundException;
import io.github.dokploy4j.internal.SdkLoggers;
import io.github.dokploy4j.internal.http.Transport;
import io.github.dokploy4j.internal.time.Delayer;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;

/**
 * Runs every procedure call of a client, synchronous or asynchronous, through one {@link Attempts} policy: it builds
 * the request, sends it (bounded in flight), repeats it when the {@link RetryPolicy} allows, and turns the answer into
 * the result or a typed exception. A synchronous call does all of it on the caller's thread; an asynchronous call does
 * each attempt on the client's executor and waits between attempts on the client's timer, holding no thread.
 * Thread-safe; one per client, shared by all its views ({@link #view}).
 */
public final class CallEngine {
    private static final Logger LOG = SdkLoggers.HTTP;

    private final ClientOptions options;
    private final Delayer delayer;
    private final Executor executor;
    private final InFlightLimiter limiter;
    private final AttemptContext attemptContext;
    private final Redactor redactor;
    private final Map<String, String> identity;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final boolean plainHttpToRemoteHost;
    private final AtomicBoolean plainHttpWarned = new AtomicBoolean();
    private final AbsentProcedures absent = new AbsentProcedures();

    /**
     * Creates the engine.
     *
     * @param options the client's options
     * @param transport the HTTP exchange
     * @param delayer the wait between attempts
     * @param retryPolicy when and how long to wait
     * @param clock the clock for {@code Retry-After} dates
     * @param executor the client's executor, where asynchronous attempts run and complete
     */
    public CallEngine(ClientOptions options, Transport transport, Delayer delayer, RetryPolicy retryPolicy, Clock clock,
            Executor executor) {
        this.options = options;
        this.delayer = delayer;
        this.executor = executor;
        this.limiter = new InFlightLimiter(options.maxConcurrentRequests(), executor);
        this.attemptContext = new AttemptContext(transport, limiter, retryPolicy, new ApiErrors(options.authScheme()),
                clock, options.connectTimeout(), options.logBodies());
        List<String> secrets = new ArrayList<>(options.defaultHeaders().values());
        secrets.add(options.apiKey());
        this.redactor = new Redactor(secrets);
        this.identity = identityHeaders(options, Map.of());
        this.plainHttpToRemoteHost = "http".equals(options.apiRoot().getScheme())
                && !LoopbackHost.is(options.apiRoot().getHost());
    }

    private static Map<String, String> identityHeaders(ClientOptions options, Map<String, String> viewHeaders) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("User-Agent", options.userAgent());
        if (options.authScheme() == AuthScheme.BEARER) {
            headers.put("Authorization", "Bearer " + options.apiKey());
        } else {
            headers.put("x-api-key", options.apiKey());
        }
        headers.putAll(options.defaultHeaders());
        headers.putAll(viewHeaders);
        return headers;
    }

    /**
     * Returns the client's options.
     *
     * @return the options
     */
    public ClientOptions options() {
        return options;
    }

    /**
     * Returns the caller of one client view: the client's settings with the view's options on top, resolved once.
     *
     * @param viewOptions the view's options
     * @return the view's caller
     */
    public View view(RequestOptions viewOptions) {
        return new View(viewOptions);
    }

    /** Refuses calls from now on; calls in flight go on. */
    public void close() {
        closed.set(true);
    }

    /** The calls of one client view, with its headers, timeout, retries and redactions resolved once. */
    public final class View implements ProcedureCaller {
        private final RequestOptions viewOptions;
        private final Map<String, String> identityHeaders;
        private final Map<String, String> queryHeaders;
        private final Map<String, String> mutationHeaders;
        private final Duration timeout;
        private final int maxRetries;
        private final Redactor viewRedactor;

        View(RequestOptions viewOptions) {
            this.viewOptions = viewOptions;
            this.identityHeaders = viewOptions.headers().isEmpty() ? identity
                    : Collections.unmodifiableMap(CallEngine.identityHeaders(options, viewOptions.headers()));
            this.queryHeaders = withContent(identityHeaders, false);
            this.mutationHeaders = withContent(identityHeaders, true);
            this.timeout = viewOptions.timeout().orElse(options.requestTimeout());
            this.maxRetries = viewOptions.maxRetries().orElse(options.maxRetries());
            this.viewRedactor = redactor.with(viewOptions.headers().values());
        }

        private Map<String, String> withContent(Map<String, String> identity, boolean mutation) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Accept", "application/json");
            if (mutation) {
                headers.put("Content-Type", "application/json");
            }
            headers.putAll(identity);
            return Collections.unmodifiableMap(headers);
        }

        /**
         * Returns the headers that say who calls, for the log WebSocket's handshake: the user agent, the key in the
         * client's scheme, the default headers and the view's own.
         *
         * @return the headers, in order
         */
        public Map<String, String> identityHeaders() {
            return identityHeaders;
        }

        @Override
        public <I, O> O call(Procedure<I, O> procedure, @Nullable I input) {
            Attempts<O> attempts = attempts(procedure, input);
            NotFoundException remembered = absent.remembered(procedure);
            if (remembered != null) {
                throw remembered;
            }
            try {
                return new SyncCall<>(attempts, delayer).run();
            } catch (NotFoundException e) {
                absent.learn(procedure, e);
                throw e;
            }
        }

        @Override
        public <I, O> CompletableFuture<O> callAsync(Procedure<I, O> procedure, @Nullable I input) {
            Attempts<O> attempts = attempts(procedure, input);
            NotFoundException remembered = absent.remembered(procedure);
            if (remembered != null) {
                return CompletableFuture.failedFuture(remembered);
            }
            return absent.watch(procedure, new AsyncCall<>(attempts, limiter, delayer).start());
        }

        private <I, O> Attempts<O> attempts(Procedure<I, O> procedure, @Nullable I input) {
            if (closed.get()) {
                throw new IllegalStateException("this DokployClient is closed");
            }
            warnAboutPlainHttp();
            boolean idempotent = viewOptions.idempotent().orElse(procedure.kind() == ProcedureKind.QUERY);
            String path = procedure.name();
            byte[] body = null;
            Map<String, String> headers;
            if (procedure.kind() == ProcedureKind.QUERY) {
                String query = procedure.encodeQuery(input);
                if (!query.isEmpty()) {
                    path = path + "?" + query;
                }
                headers = queryHeaders;
            } else {
                body = procedure.encodeBody(input);
                headers = mutationHeaders;
            }
            URI uri = options.apiRoot().resolve(path);
            return new Attempts<>(procedure, uri, headers, body, timeout, idempotent, maxRetries, viewRedactor,
                    attemptContext);
        }

        /**
         * Returns the resolved deadline of one attempt.
         *
         * @return the timeout
         */
        public Duration timeout() {
            return timeout;
        }

        /** Header values are left out: they carry the key. */
        @Override
        public String toString() {
            return "CallEngine.View{" + options.apiRoot() + ", " + viewOptions + "}";
        }
    }

    private void warnAboutPlainHttp() {
        if (plainHttpToRemoteHost && plainHttpWarned.compareAndSet(false, true)) {
            LOG.warn("The Dokploy API key is sent over plain http:// to {}: anyone on the network path can read and"
                    + " reuse it. Use https://, or reach the server over loopback (an SSH tunnel, say)",
                    options.apiRoot().getHost());
        }
    }

    /**
     * Returns the executor asynchronous calls run on.
     *
     * @return the client's executor
     */
    public Executor executor() {
        return executor;
    }

    /**
     * Wraps a failure that is not one of the SDK's own in the SDK's base exception, for the rare path where an
     * unexpected exception escapes an attempt.
     *
     * @param failure the failure
     * @return the exception to throw or complete with
     */
    static RuntimeException asSdkFailure(Throwable failure) {
        if (failure instanceof RuntimeException) {
            return (RuntimeException) failure;
        }
        return new DokployException("the call failed: " + failure, failure);
    }

    /** Marks a transport failure that interrupts a synchronous call. */
    static DokployTransportException interrupted(String procedure, InterruptedException cause) {
        return new DokployTransportException("interrupted while waiting for " + procedure
                + "; the call was cancelled", DokployTransportException.Kind.INTERRUPTED, procedure, cause);
    }
}
