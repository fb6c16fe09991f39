package io.github.dokploy4j.internal.call;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Bounds the exchanges a client has in flight; the rest wait in FIFO order without holding a thread. Over HTTP/2 a
 * server's stream limit otherwise fails a burst of calls with {@code too many concurrent streams}, and over HTTP/1.1
 * every extra call opens another connection.
 */
final class InFlightLimiter {
    private final int limit;
    private final Queue<Runnable> waiting = new ArrayDeque<>();
    private int inFlight;

    InFlightLimiter(int limit) {
        this.limit = limit;
    }

    <T> CompletableFuture<T> submit(Supplier<CompletableFuture<T>> exchange) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Runnable start = () -> run(exchange, result);
        boolean startNow;
        synchronized (this) {
            startNow = inFlight < limit;
            if (startNow) {
                inFlight++;
            } else {
                waiting.add(start);
            }
        }
        if (startNow) {
            start.run();
        }
        return result;
    }

    private <T> void run(Supplier<CompletableFuture<T>> exchange, CompletableFuture<T> result) {
        if (result.isDone()) {
            release();
            return;
        }
        CompletableFuture<T> running;
        try {
            running = exchange.get();
        } catch (RuntimeException e) {
            release();
            result.completeExceptionally(e);
            return;
        }
        running.whenComplete((value, failure) -> {
            release();
            if (failure != null) {
                result.completeExceptionally(failure);
            } else {
                result.complete(value);
            }
        });
        result.whenComplete((value, failure) -> {
            if (result.isCancelled()) {
                running.cancel(true);
            }
        });
    }

    private void release() {
        Runnable next;
        synchronized (this) {
            next = waiting.poll();
            if (next == null) {
                inFlight--;
            }
        }
        if (next != null) {
            next.run();
        }
    }
}
