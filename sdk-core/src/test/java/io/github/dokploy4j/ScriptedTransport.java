package io.github.dokploy4j;

import java.io.IOException;
import io.github.dokploy4j.internal.http.Transport;
import io.github.dokploy4j.internal.http.TransportRequest;
import io.github.dokploy4j.internal.http.TransportResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CopyOnWriteArrayList;

/** A transport that answers from a script, records every request, and never opens a socket. */
public final class ScriptedTransport implements Transport {
    private final Queue<Exchange> script = new ArrayDeque<>();
    private final List<TransportRequest> requests = new CopyOnWriteArrayList<>();

    /** One scripted exchange. */
    @FunctionalInterface
    private interface Exchange {
        TransportResponse run() throws IOException, InterruptedException;
    }

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
        script.add(() -> response);
        return this;
    }

    /**
     * Queues a failure.
     *
     * @param failure what the exchange fails with: an {@code IOException} or an unchecked exception
     * @return this transport
     */
    public synchronized ScriptedTransport fail(Throwable failure) {
        script.add(() -> {
            if (failure instanceof IOException) {
                throw (IOException) failure;
            }
            if (failure instanceof RuntimeException) {
                throw (RuntimeException) failure;
            }
            throw new IOException(failure);
        });
        return this;
    }

    @Override
    public TransportResponse exchange(TransportRequest request) throws IOException, InterruptedException {
        requests.add(request);
        Exchange next;
        synchronized (this) {
            next = script.poll();
        }
        if (next == null) {
            throw new AssertionError("unexpected request " + request);
        }
        return next.run();
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
