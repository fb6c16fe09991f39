package io.github.dokploy4j.internal.call;

import io.github.dokploy4j.RequestOptions;
import io.github.dokploy4j.error.DokployDecodeException;
import io.github.dokploy4j.error.DokployTransportException;
import io.github.dokploy4j.error.DokployTransportException.Kind;
import io.github.dokploy4j.internal.http.SendBudget;
import io.github.dokploy4j.internal.http.TransportRequest;
import io.github.dokploy4j.internal.http.TransportResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every procedure call of a client: builds the request, sends it (bounded in flight), repeats it when the
 * {@link RetryPolicy} allows, and turns the answer into the result or a typed exception. Thread-safe; one per client,
 * shared by all its views.
 */
public final class CallEngine {
    private static final Logger LOG = LoggerFactory.getLogger(CallEngine.class);
    /** Headers whose values are shown at TRACE; every other value (keys, cookies, callers' headers) is masked. */
    private static final Set<String> SHOWN_HEADERS = Set.of("accept", "content-type", "user-agent", "content-length",
            "transfer-encoding", "retry-after", "date", "server", "connection", "keep-alive", "vary", "etag",
            "cache-control", "content-encoding");

    private final EngineSettings settings;
    private final InFlightLimiter limiter;
    private final Redactor redactor;
    private final ApiErrors errors;
    private final boolean plainHttpToRemoteHost;
    private final AtomicBoolean plainHttpWarned = new AtomicBoolean();

    /**
     * Creates the engine.
     *
     * @param settings the resolved client settings
     */
    public CallEngine(EngineSettings settings) {
        this.settings = settings;
        this.limiter = new InFlightLimiter(settings.maxConcurrentRequests());
        List<String> secrets = new ArrayList<>(settings.defaultHeaders().values());
        secrets.add(settings.apiKey());
        this.redactor = new Redactor(secrets);
        this.errors = new ApiErrors(settings.authScheme());
        this.plainHttpToRemoteHost = "http".equals(settings.apiRoot().getScheme())
                && !LoopbackHost.is(settings.apiRoot().getHost());
    }

    /**
     * Returns the settings the engine runs with.
     *
     * @return the settings
     */
    public EngineSettings settings() {
        return settings;
    }

    /**
     * Calls a procedure.
     *
     * @param procedure the declaration
     * @param input the input, encoded as the declaration says ({@code null} for a procedure without input)
     * @param options per-call options of the view that calls
     * @param <I> the input type
     * @param <O> the result type
     * @return the result; cancelling it aborts the exchange in flight or the wait before the next attempt
     * @throws IllegalArgumentException when the input cannot be encoded (raised before anything is sent)
     */
    public <I, O> CompletableFuture<O> call(Procedure<I, O> procedure, @Nullable I input, RequestOptions options) {
        boolean idempotent = options.idempotent().orElse(procedure.kind() == ProcedureKind.QUERY);
        int maxRetries = options.maxRetries().orElse(settings.maxRetries());
        // a call that may not be repeated may still be re-attempted when nothing reached the server, but it is
        // written at most once
        SendBudget budget = new SendBudget(idempotent ? 1 + maxRetries : 1);
        TransportRequest request = request(procedure, input, options, budget);
        if (plainHttpToRemoteHost && plainHttpWarned.compareAndSet(false, true)) {
            LOG.warn("The Dokploy API key is sent over plain http:// to {}: anyone on the network path can read and"
                    + " reuse it. Use https://, or reach the server over loopback (an SSH tunnel, say)",
                    settings.apiRoot().getHost());
        }
        Call<O> call = new Call<>(procedure, request, idempotent, maxRetries,
                redactor.with(options.headers().values()));
        call.attempt(1);
        return call.result;
    }

    private <I> TransportRequest request(Procedure<I, ?> procedure, @Nullable I input, RequestOptions options,
            SendBudget budget) {
        String path = procedure.name();
        byte[] body = null;
        if (procedure.kind() == ProcedureKind.QUERY) {
            String query = procedure.encodeQuery(input);
            if (!query.isEmpty()) {
                path = path + "?" + query;
            }
        } else {
            body = procedure.encodeBody(input);
        }
        URI uri = settings.apiRoot().resolve(path);
        return new TransportRequest(procedure.kind().method(), uri, headers(procedure, options), body,
                options.timeout().orElse(settings.requestTimeout()), budget);
    }

    private Map<String, String> headers(Procedure<?, ?> procedure, RequestOptions options) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
        if (procedure.kind() == ProcedureKind.MUTATION) {
            headers.put("Content-Type", "application/json");
        }
        headers.putAll(settings.identityHeaders(options));
        return headers;
    }

    /** One call across its attempts. */
    private final class Call<O> {
        final Procedure<?, O> procedure;
        final TransportRequest request;
        final boolean idempotent;
        final int maxRetries;
        final CompletableFuture<O> result = new CompletableFuture<>();
        final AtomicReference<CompletableFuture<?>> inFlight = new AtomicReference<>();
        final Redactor redactor;

        Call(Procedure<?, O> procedure, TransportRequest request, boolean idempotent, int maxRetries,
                Redactor redactor) {
            this.redactor = redactor;
            this.procedure = procedure;
            this.request = request;
            this.idempotent = idempotent;
            this.maxRetries = maxRetries;
            result.whenComplete((value, failure) -> {
                CompletableFuture<?> pending = inFlight.get();
                if (result.isCancelled() && pending != null) {
                    pending.cancel(true);
                }
            });
        }

        void attempt(int attempt) {
            if (result.isDone()) {
                return;
            }
            if (LOG.isTraceEnabled()) {
                LOG.trace("{} {} headers: {}", request.method(), redactor.redact(request.uri().toString()),
                        describeHeaders(request.headers(), redactor));
            }
            byte[] body = request.body();
            if (settings.logBodies() && body != null && LOG.isDebugEnabled()) {
                LOG.debug("{} {} request body: {}", request.method(), procedure.name(), redactor.excerpt(body));
            }
            int sentBefore = request.budget().sent();
            long started = System.nanoTime();
            CompletableFuture<TransportResponse> exchange = limiter.submit(() -> settings.transport().send(request));
            inFlight.set(exchange);
            if (result.isCancelled()) {
                exchange.cancel(true);
                return;
            }
            exchange.whenComplete((response, failure) -> {
                long millis = (System.nanoTime() - started) / 1_000_000;
                if (failure != null) {
                    onFailure(attempt, sentBefore, failure, millis);
                } else {
                    request.budget().settle(sentBefore);
                    noteResend(sentBefore);
                    onResponse(attempt, response, millis);
                }
            });
        }

        private void noteResend(int sentBefore) {
            int copies = request.budget().sent() - sentBefore;
            if (copies > 1) {
                LOG.debug("{} {}: the HTTP client re-sent the request by itself after a pooled connection closed;"
                        + " counted against the retry budget (requests sent: {} of at most {})", request.method(),
                        procedure.name(), request.budget().sent(), request.budget().limit());
            }
        }

        private void onFailure(int attempt, int sentBefore, Throwable failure, long millis) {
            Throwable cause = FailureKinds.unwrap(failure);
            if (result.isDone() || cause instanceof CancellationException) {
                return;
            }
            Kind kind = FailureKinds.classify(cause);
            if (!FailureKinds.neverSent(kind)) {
                request.budget().settle(sentBefore);
            }
            noteResend(sentBefore);
            LOG.debug("{} {} failed after {} ms (attempt {}/{}, requests sent: {} of at most {}): {} ({})",
                    request.method(), procedure.name(), millis, attempt, maxRetries + 1, request.budget().sent(),
                    request.budget().limit(), kind, redactor.redact(cause.toString()));
            Optional<Duration> wait = request.budget().hasRoom()
                    ? settings.retryPolicy().afterFailure(kind, idempotent, attempt, maxRetries)
                    : Optional.empty();
            if (wait.isPresent()) {
                retry(attempt, wait.get(), kind.name());
                return;
            }
            String what = FailureKinds.describe(kind, cause, request.timeout(), settings.connectTimeout());
            result.completeExceptionally(new DokployTransportException(procedure.name() + " failed: " + what
                    + " (" + request.method() + " " + redactor.redact(request.uri().toString()) + ", attempt "
                    + attempt + ", " + request.budget().sent() + " request(s) sent)", kind, procedure.name(), cause));
        }

        private void onResponse(int attempt, TransportResponse response, long millis) {
            int status = response.status();
            LOG.debug("{} {} -> {} in {} ms (attempt {}/{}, requests sent: {} of at most {}, {} bytes)",
                    request.method(), procedure.name(), status, millis, attempt, maxRetries + 1,
                    request.budget().sent(), request.budget().limit(), response.body().length);
            if (LOG.isTraceEnabled()) {
                LOG.trace("{} {} response headers: {}", request.method(), procedure.name(),
                        describeResponseHeaders(response.headers(), redactor));
            }
            if (settings.logBodies() && LOG.isDebugEnabled()) {
                LOG.debug("{} {} response body: {}", request.method(), procedure.name(),
                        redactor.excerpt(response.body()));
            }
            if (status >= 200 && status < 300) {
                decode(response);
                return;
            }
            Duration retryAfter = RetryAfter.parse(response.header("retry-after"), settings.clock());
            Optional<Duration> wait = status == 401 || !request.budget().hasRoom() ? Optional.empty()
                    : settings.retryPolicy().afterStatus(status, retryAfter, idempotent, attempt, maxRetries);
            if (wait.isPresent()) {
                retry(attempt, wait.get(), "HTTP " + status);
                return;
            }
            result.completeExceptionally(errors.toException(procedure, request.uri(), response, retryAfter,
                    redactor));
        }

        private void retry(int attempt, Duration wait, String reason) {
            LOG.debug("{} {}: retrying after {} in {} ms (attempt {}/{})", request.method(), procedure.name(),
                    reason, wait.toMillis(), attempt + 1, maxRetries + 1);
            CompletableFuture<Void> delay = settings.delayer().delay(wait);
            inFlight.set(delay);
            if (result.isCancelled()) {
                delay.cancel(true);
                return;
            }
            delay.thenRun(() -> attempt(attempt + 1));
        }

        private void decode(TransportResponse response) {
            try {
                result.complete(procedure.decoder().decode(response.body()));
            } catch (IOException | RuntimeException e) {
                String excerpt = redactor.excerpt(response.body());
                String problem = e instanceof BodyMismatchException ? e.getMessage()
                        : firstLine(e.getMessage(), redactor);
                result.completeExceptionally(new DokployDecodeException(procedure.name() + " answered HTTP "
                        + response.status() + " with a body that is not " + procedure.decoder().expected() + ": "
                        + problem + "; body starts: " + (excerpt.isEmpty() ? "(empty)" : excerpt),
                        procedure.name(), response.status(), excerpt, e));
            }
        }
    }

    private static String firstLine(@Nullable String message, Redactor redactor) {
        if (message == null || message.isBlank()) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return redactor.redact(end < 0 ? message : message.substring(0, end));
    }

    private static String describeResponseHeaders(Map<String, List<String>> headers, Redactor redactor) {
        Map<String, String> flat = new LinkedHashMap<>();
        headers.forEach((name, values) -> flat.put(name, String.join(", ", values)));
        return describeHeaders(flat, redactor);
    }

    private static String describeHeaders(Map<String, String> headers, Redactor redactor) {
        StringBuilder text = new StringBuilder();
        headers.forEach((name, value) -> text.append(text.length() == 0 ? "" : ", ").append(name).append('=')
                .append(SHOWN_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? redactor.redact(value)
                        : "[REDACTED]"));
        return text.toString();
    }
}
