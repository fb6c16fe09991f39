package io.github.dokploy4j.internal.http;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The {@code java.net.http} transport. It holds the JDK quirks that Dokploy forces:
 *
 * <ul>
 *   <li>Every {@code http://} request is sent as HTTP/1.1. The JDK otherwise asks plain-HTTP servers to upgrade to
 *       HTTP/2 ({@code Upgrade: h2c}), and Dokploy hands such requests to its WebSocket upgrade code, which never
 *       answers. HTTP/2 over {@code https://} is negotiated by ALPN and works.</li>
 *   <li>The JDK's request timeout stops counting once the headers arrive; a body that never ends would hang. The
 *       whole exchange gets a deadline here, and when it passes the JDK exchange is cancelled (which closes its
 *       connection) and the future fails with a {@link java.util.concurrent.TimeoutException}.</li>
 *   <li>Cancelling the returned future cancels the JDK's future, which aborts the exchange (JDK 16 and later); a
 *       dependent stage would not pass the cancellation upstream.</li>
 *   <li>The JDK re-sends a {@code GET} once by itself when a pooled connection closes before any byte of the answer
 *       (and re-tries a refused connect once, which sends nothing). Every copy of a request is counted against the
 *       call's {@link SendBudget}, and a copy beyond it is refused before it is written. The JDK's own client is
 *       known to ask a body's length once per copy; any other {@code HttpClient} implementation is counted the same
 *       way but never refused, since it may ask more often.</li>
 *   <li>A body larger than {@code maxResponseBytes} is refused while it is read, and the exchange aborted.</li>
 * </ul>
 */
public final class JdkTransport implements Transport {
    private final HttpClient client;
    private final long maxResponseBytes;
    private final boolean refusesExtraCopies;

    /**
     * Creates a transport over the given client.
     *
     * @param client the JDK client; it must not follow redirects (the SDK refuses such clients)
     * @param maxResponseBytes the largest body read into memory
     */
    public JdkTransport(HttpClient client, long maxResponseBytes) {
        this.client = client;
        this.maxResponseBytes = maxResponseBytes;
        this.refusesExtraCopies = client.getClass().getModule() == HttpClient.class.getModule();
    }

    @Override
    public CompletableFuture<TransportResponse> send(TransportRequest request) {
        CompletableFuture<HttpResponse<byte[]>> exchange;
        try {
            exchange = client.sendAsync(toHttpRequest(request), BoundedBodySubscriber.handler(maxResponseBytes));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        CompletableFuture<TransportResponse> result = new CompletableFuture<>();
        exchange.whenComplete((response, failure) -> {
            if (failure != null) {
                result.completeExceptionally(failure);
            } else {
                result.complete(toTransportResponse(response));
            }
        });
        result.orTimeout(request.timeout().toNanos(), TimeUnit.NANOSECONDS);
        result.whenComplete((response, failure) -> {
            if (failure != null) {
                // the deadline or the caller's cancellation: abort the exchange, which closes its connection
                exchange.cancel(true);
            }
        });
        return result;
    }

    private HttpRequest toHttpRequest(TransportRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri()).timeout(request.timeout());
        if ("http".equalsIgnoreCase(request.uri().getScheme())) {
            builder.version(HttpClient.Version.HTTP_1_1);
        }
        request.headers().forEach(builder::header);
        byte[] body = request.body();
        HttpRequest.BodyPublisher publisher = body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body);
        builder.method(request.method(), new BudgetedBodyPublisher(publisher, request.budget(), refusesExtraCopies));
        return builder.build();
    }

    private static TransportResponse toTransportResponse(HttpResponse<byte[]> response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
        byte[] body = response.body();
        return new TransportResponse(response.statusCode(), headers, body == null ? new byte[0] : body);
    }
}
