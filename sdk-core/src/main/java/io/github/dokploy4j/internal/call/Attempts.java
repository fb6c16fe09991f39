package io.github.dokploy4j.internal.call;

import io.github.dokploy4j.SecretFields;
import io.github.dokploy4j.error.DokployDecodeException;
import io.github.dokploy4j.error.DokployTransportException;
import io.github.dokploy4j.error.DokployTransportException.Kind;
import io.github.dokploy4j.internal.SdkLoggers;
import io.github.dokploy4j.internal.http.SendBudget;
import io.github.dokploy4j.internal.http.TransportRequest;
import io.github.dokploy4j.internal.http.TransportResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;

/**
 * One call across its attempts: the request, built once, and the policy that turns each exchange into a
 * {@link Step}. It does not know whether it runs synchronously or asynchronously; {@link SyncCall} and
 * {@link AsyncCall} drive it. Attempts never overlap, so its state needs no lock.
 *
 * @param <O> the result type
 */
final class Attempts<O> {
    private static final Logger LOG = SdkLoggers.HTTP;
    /** Headers whose values are shown at TRACE; every other value (keys, cookies, callers' headers) is masked. */
    private static final Set<String> SHOWN_HEADERS = Set.of("accept", "content-type", "user-agent", "content-length",
            "transfer-encoding", "retry-after", "date", "server", "connection", "keep-alive", "vary", "etag",
            "cache-control", "content-encoding");

    private final Procedure<?, O> procedure;
    private final TransportRequest request;
    private final boolean idempotent;
    private final int maxRetries;
    private final Redactor clientSecrets;
    private @Nullable Redactor redactor;
    private final AttemptContext context;
    private int attempt;

    Attempts(Procedure<?, O> procedure, URI uri, Map<String, String> headers, byte @Nullable [] body,
            Duration timeout, boolean idempotent, int maxRetries, Redactor redactor, AttemptContext context) {
        this.procedure = procedure;
        this.idempotent = idempotent;
        this.maxRetries = maxRetries;
        this.clientSecrets = redactor;
        this.context = context;
        // a call that may not be repeated may still be re-attempted when nothing reached the server, but it is
        // written at most once
        SendBudget budget = new SendBudget(idempotent ? 1 + maxRetries : 1);
        this.request = new TransportRequest(procedure.kind().method(), uri, headers, body, timeout, budget);
    }

    /**
     * The redactor of this call: the client's secrets plus every secret value the request carries, worked out the
     * first time a message or a log line needs it, never on the path of a call that succeeds quietly.
     */
    private Redactor redactor() {
        Redactor known = redactor;
        if (known == null) {
            known = clientSecrets.withRequest(request.uri(), request.body());
            redactor = known;
        }
        return known;
    }

    String procedureName() {
        return procedure.name();
    }

    InFlightLimiter limiter() {
        return context.limiter();
    }

    /**
     * Makes the next attempt on the calling thread, which must hold an in-flight permit.
     *
     * @return how the attempt ended
     * @throws InterruptedException when the thread was interrupted during the exchange, which was then aborted
     */
    Step<O> next() throws InterruptedException {
        attempt++;
        if (LOG.isTraceEnabled()) {
            LOG.trace("{} {} headers: {}", request.method(), redactor().redact(request.uri().toString()),
                    describeHeaders(request.headers(), redactor()));
        }
        byte[] body = request.body();
        if (context.logBodies() && body != null && LOG.isDebugEnabled()) {
            LOG.debug("{} {} request body: {}", request.method(), procedure.name(), redactor().excerpt(body));
        }
        int sentBefore = request.budget().sent();
        long started = System.nanoTime();
        TransportResponse response;
        try {
            response = context.transport().exchange(request);
        } catch (IOException | RuntimeException failure) {
            return onFailure(sentBefore, failure, (System.nanoTime() - started) / 1_000_000);
        }
        request.budget().settle(sentBefore);
        noteResend(sentBefore);
        return onResponse(response, (System.nanoTime() - started) / 1_000_000);
    }

    private void noteResend(int sentBefore) {
        int copies = request.budget().sent() - sentBefore;
        if (copies > 1 && LOG.isDebugEnabled()) {
            LOG.debug("{} {}: the HTTP client re-sent the request by itself after a pooled connection closed;"
                    + " counted against the retry budget (requests sent: {} of at most {})", request.method(),
                    procedure.name(), request.budget().sent(), request.budget().limit());
        }
    }

    private Step<O> onFailure(int sentBefore, Exception failure, long millis) {
        Kind kind = FailureKinds.classify(failure);
        if (!FailureKinds.neverSent(kind)) {
            request.budget().settle(sentBefore);
        }
        noteResend(sentBefore);
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} failed after {} ms (attempt {}/{}, requests sent: {} of at most {}): {} ({})",
                    request.method(), procedure.name(), millis, attempt, maxRetries + 1, request.budget().sent(),
                    request.budget().limit(), kind, redactor().redact(failure.toString()));
        }
        Optional<Duration> wait = request.budget().hasRoom()
                ? context.retryPolicy().afterFailure(kind, idempotent, attempt, maxRetries)
                : Optional.empty();
        if (wait.isPresent()) {
            return retry(wait.get(), kind.name());
        }
        String what = FailureKinds.describe(kind, failure, request.timeout(), context.connectTimeout());
        return Step.failed(new DokployTransportException(procedure.name() + " failed: " + what + " ("
                + request.method() + " " + redactor().redact(request.uri().toString()) + ", attempt " + attempt + ", "
                + request.budget().sent() + " request(s) sent)", kind, procedure.name(), failure));
    }

    private Step<O> onResponse(TransportResponse response, long millis) {
        int status = response.status();
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} -> {} in {} ms (attempt {}/{}, requests sent: {} of at most {}, {} bytes)",
                    request.method(), procedure.name(), status, millis, attempt, maxRetries + 1,
                    request.budget().sent(), request.budget().limit(), response.body().length);
            if (LOG.isTraceEnabled()) {
                LOG.trace("{} {} response headers: {}", request.method(), procedure.name(),
                        describeResponseHeaders(response.headers(), redactor()));
            }
            if (context.logBodies()) {
                LOG.debug("{} {} response body: {}", request.method(), procedure.name(),
                        redactor().excerpt(response.body()));
            }
        }
        if (status >= 200 && status < 300) {
            return decode(response);
        }
        Duration retryAfter = RetryAfter.parse(response.header("retry-after"), context.clock());
        Optional<Duration> wait = status == 401 || !request.budget().hasRoom() ? Optional.empty()
                : context.retryPolicy().afterStatus(status, retryAfter, idempotent, attempt, maxRetries);
        if (wait.isPresent()) {
            return retry(wait.get(), "HTTP " + status);
        }
        return Step.failed(context.errors().toException(procedure, request.uri(), response, retryAfter, redactor()));
    }

    private Step<O> retry(Duration wait, String reason) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {}: retrying after {} in {} ms (attempt {}/{})", request.method(), procedure.name(),
                    reason, wait.toMillis(), attempt + 1, maxRetries + 1);
        }
        return Step.retryAfter(wait);
    }

    private Step<O> decode(TransportResponse response) {
        try {
            return Step.done(procedure.decoder().decode(response.body()));
        } catch (IOException | RuntimeException e) {
            String excerpt = redactor().excerpt(response.body());
            String problem = e instanceof BodyMismatchException ? e.getMessage()
                    : firstLine(e.getMessage(), redactor());
            return Step.failed(new DokployDecodeException(procedure.name() + " answered HTTP " + response.status()
                    + " with a body that is not " + procedure.decoder().expected() + ": " + problem
                    + "; body starts: " + (excerpt.isEmpty() ? "(empty)" : excerpt), procedure.name(),
                    response.status(), excerpt, e));
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
                        : SecretFields.PLACEHOLDER));
        return text.toString();
    }
}
