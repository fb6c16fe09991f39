package io.github.dokploy4j;

import io.github.dokploy4j.internal.http.Transport;
import io.github.dokploy4j.internal.http.TransportRequest;
import io.github.dokploy4j.internal.http.TransportResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/** A transport that answers from a script, records every request, and never opens a socket. */
public final class ScriptedTransport implements Transport {
    private final Queue<Supplier<CompletableFuture<TransportResponse>>> script = new ArrayDeque<>();
    private final List<TransportRequest> requests = new CopyOnWriteArrayList<>();

    /**
     * Queues an answer.
     *
     * @param status the status
     * @param body the body
     * @return this transport
     */
    public synchronized ScriptedTransport answer(int status, String body) {
        return answer(status, Map.of(), body);
    }

    /**
     * Queues an answer with headers.
     *
     * @param status the status
     * @param headers lower-case header names to values
     * @param body the body
     * @return this transport
     */
    public synchronized ScriptedTransport answer(int status, Map<String, String> headers, String body) {
        Map<String, List<String>> multi = new java.util.HashMap<>();
        headers.forEach((k, v) -> multi.put(k, List.of(v)));
        TransportResponse response = new TransportResponse(status, multi, body.getBytes(StandardCharsets.UTF_8));
        script.add(() -> CompletableFuture.completedFuture(response));
        return this;
    }

    /**
     * Queues a failure.
     *
     * @param failure what the exchange fails with
     * @return this transport
     */
    public synchronized ScriptedTransport fail(Throwable failure) {
        script.add(() -> CompletableFuture.failedFuture(failure));
        return this;
    }

    /**
     * Queues an exchange that never completes unless cancelled.
     *
     * @param pending receives the exchange's future, to observe its cancellation
     * @return this transport
     */
    public synchronized ScriptedTransport hang(CompletableFuture<CompletableFuture<TransportResponse>> pending) {
        script.add(() -> {
            CompletableFuture<TransportResponse> exchange = new CompletableFuture<>();
            pending.complete(exchange);
            return exchange;
        });
        return this;
    }

    @Override
    public CompletableFuture<TransportResponse> send(TransportRequest request) {
        requests.add(request);
        Supplier<CompletableFuture<TransportResponse>> next;
        synchronized (this) {
            next = script.poll();
        }
        if (next == null) {
            return CompletableFuture.failedFuture(new AssertionError("unexpected request " + request));
        }
        return next.get();
    }

    /**
     * Returns the requests sent so far.
     *
     * @return the requests, in order
     */
    public List<TransportRequest> requests() {
        return requests;
    }
}
