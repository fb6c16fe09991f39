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
 * </ul>
 */
public final class JdkTransport implements Transport {
    private final HttpClient client;

    /**
     * Creates a transport over the given client.
     *
     * @param client the JDK client; it must not follow redirects (the SDK refuses such clients)
     */
    public JdkTransport(HttpClient client) {
        this.client = client;
    }

    @Override
    public CompletableFuture<TransportResponse> send(TransportRequest request) {
        HttpRequest httpRequest = toHttpRequest(request);
        CompletableFuture<HttpResponse<byte[]>> exchange =
                client.sendAsync(httpRequest, HttpResponse.BodyHandlers.ofByteArray());
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

    private static HttpRequest toHttpRequest(TransportRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri()).timeout(request.timeout());
        if ("http".equalsIgnoreCase(request.uri().getScheme())) {
            builder.version(HttpClient.Version.HTTP_1_1);
        }
        request.headers().forEach(builder::header);
        byte[] body = request.body();
        builder.method(request.method(), body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        return builder.build();
    }

    private static TransportResponse toTransportResponse(HttpResponse<byte[]> response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
        byte[] body = response.body();
        return new TransportResponse(response.statusCode(), headers, body == null ? new byte[0] : body);
    }
}
