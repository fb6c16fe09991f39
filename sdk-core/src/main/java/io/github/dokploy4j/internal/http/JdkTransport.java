package io.github.dokploy4j.internal.http;

import io.github.dokploy4j.internal.time.ClientTimer;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code java.net.http} transport. It holds the JDK quirks that Dokploy forces:
 *
 * <ul>
 *   <li>It uses the blocking {@code send}, on the caller's thread: the JDK's {@code sendAsync} hands every result to
 *       its own default executor (the common pool, which on a machine with fewer than three CPUs starts a thread per
 *       task), whereas {@code send} runs the exchange inline up to the point where it waits. Asynchronous calls run
 *       this on the client's executor.</li>
 *   <li>Every {@code http://} request is sent as HTTP/1.1. The JDK otherwise asks plain-HTTP servers to upgrade to
 *       HTTP/2 ({@code Upgrade: h2c}), and Dokploy hands such requests to its WebSocket upgrade code, which never
 *       answers. HTTP/2 over {@code https://} is negotiated by ALPN and works.</li>
 *   <li>The JDK's request timeout stops counting once the headers arrive, so a body that never ends would hang, and
 *       it costs a timer per exchange. The SDK does not set it: the whole exchange has a deadline
 *       ({@link ExchangeDeadline}), kept by sweeps of the client's timer ({@link ExchangeDeadlines}); before
 *       the headers it interrupts the sending thread, afterwards it aborts the body. Either closes the
 *       connection.</li>
 *   <li>An interrupt of the calling thread makes the JDK cancel the exchange, which aborts it (JDK 16 and later).</li>
 *   <li>The JDK re-sends a {@code GET} once by itself when a pooled connection closes before any byte of the answer
 *       (and re-tries a refused connect once, which sends nothing). Every copy of a request is counted against the
 *       call's {@link SendBudget}, and a copy beyond it is refused before it is written. The JDK's own client is
 *       known to ask a body's length once per copy; any other {@code HttpClient} implementation is counted the same
 *       way but never refused, since it may ask more often.</li>
 *   <li>A body larger than {@code maxResponseBytes} is refused while it is read, and the exchange aborted.</li>
 *   <li>The SDK's own {@code HttpClient} may still be being made on the client's pool (making one takes about
 *       60 ms in a fresh JVM, which {@code build()} does not wait for): the first exchange waits for it, at most its
 *       request timeout, before it sends anything, so that running out of time there counts as never sent.</li>
 * </ul>
 */
public final class JdkTransport implements Transport {
    private final PendingHttpClient client;
    private final long maxResponseBytes;
    private final ExchangeDeadlines deadlines;

    /**
     * Creates a transport over a client that may still be being made.
     *
     * @param client the JDK client; it must not follow redirects (the SDK refuses such clients)
     * @param maxResponseBytes the largest body read into memory
     * @param timer the client's timer, which keeps the deadlines
     */
    public JdkTransport(PendingHttpClient client, long maxResponseBytes, ClientTimer timer) {
        this.client = client;
        this.maxResponseBytes = maxResponseBytes;
        this.deadlines = new ExchangeDeadlines(timer);
    }

    @Override
    public TransportResponse exchange(TransportRequest request) throws IOException, InterruptedException {
        HttpClient http = client.awaitForExchange(request.timeout());
        HttpRequest httpRequest = toHttpRequest(request);
        ExchangeDeadline deadline = deadlines.start(request.timeout());
        try {
            return toTransportResponse(http.send(httpRequest,
                    BoundedBodySubscriber.handler(maxResponseBytes, deadline)));
        } catch (InterruptedException e) {
            if (deadlines.end(deadline)) {
                throw deadline.timedOut();
            }
            throw e;
        } finally {
            deadlines.end(deadline);
        }
    }

    private HttpRequest toHttpRequest(TransportRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri());
        if ("http".equalsIgnoreCase(request.uri().getScheme())) {
            builder.version(HttpClient.Version.HTTP_1_1);
        }
        request.headers().forEach(builder::header);
        byte[] body = request.body();
        HttpRequest.BodyPublisher publisher = body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body);
        builder.method(request.method(),
                new BudgetedBodyPublisher(publisher, request.budget(), client.isJdkClient()));
        return builder.build();
    }

    private static TransportResponse toTransportResponse(HttpResponse<byte[]> response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
        byte[] body = response.body();
        return new TransportResponse(response.statusCode(), headers, body == null ? new byte[0] : body);
    }
}
