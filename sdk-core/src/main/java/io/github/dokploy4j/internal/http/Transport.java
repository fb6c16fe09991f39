package io.github.dokploy4j.internal.http;

import java.util.concurrent.CompletableFuture;

/**
 * Sends one HTTP request and completes with the whole answer. Implementations must honour
 * {@link TransportRequest#timeout()} as a deadline for the whole exchange (headers and body), and cancelling the
 * returned future must abort the exchange. Failures complete the future with the underlying {@code IOException}
 * ({@code ConnectException}, {@code HttpConnectTimeoutException}, {@code HttpTimeoutException}, …). An implementation
 * should report each copy of the request it writes to {@link TransportRequest#budget()}; the engine counts one copy
 * for an attempt that reached the server when it did not.
 */
public interface Transport {
    /**
     * Sends the request.
     *
     * @param request what to send
     * @return the answer; cancelling it aborts the exchange
     */
    CompletableFuture<TransportResponse> send(TransportRequest request);
}
