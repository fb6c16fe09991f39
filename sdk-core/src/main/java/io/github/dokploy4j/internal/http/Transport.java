package io.github.dokploy4j.internal.http;

import java.io.IOException;

/**
 * Sends one HTTP request and returns the whole answer, on the calling thread. Implementations must honour
 * {@link TransportRequest#timeout()} as a deadline for the whole exchange (headers and body), and an interrupt of the
 * calling thread must abort the exchange. Failures are the underlying {@code IOException}
 * ({@code ConnectException}, {@code HttpConnectTimeoutException}, {@code HttpTimeoutException}, …). An implementation
 * should report each copy of the request it writes to {@link TransportRequest#budget()}; the engine counts one copy
 * for an attempt that reached the server when it did not.
 */
public interface Transport {
    /**
     * Sends the request and waits for the answer.
     *
     * @param request what to send
     * @return the answer
     * @throws IOException when no usable answer arrived
     * @throws InterruptedException when the calling thread was interrupted; the exchange is then aborted
     */
    TransportResponse exchange(TransportRequest request) throws IOException, InterruptedException;
}
