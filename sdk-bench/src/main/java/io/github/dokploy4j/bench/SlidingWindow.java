package io.github.dokploy4j.bench;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs a number of asynchronous calls with at most {@code width} in flight, starting the next one as each ends,
 * without holding a thread: the floor's version of the SDK's in-flight bound.
 */
final class SlidingWindow {
    private final int calls;
    private final Supplier<? extends CompletableFuture<?>> call;
    private final AtomicInteger started = new AtomicInteger();
    private final AtomicInteger remaining;
    private final CompletableFuture<Void> done = new CompletableFuture<>();

    private SlidingWindow(int calls, Supplier<? extends CompletableFuture<?>> call) {
        this.calls = calls;
        this.call = call;
        this.remaining = new AtomicInteger(calls);
    }

    /**
     * Starts the calls.
     *
     * @param calls how many calls
     * @param width how many at most in flight
     * @param call starts one call
     * @return completes when all calls have completed, or exceptionally with the first failure
     */
    static CompletableFuture<Void> run(int calls, int width, Supplier<? extends CompletableFuture<?>> call) {
        SlidingWindow window = new SlidingWindow(calls, call);
        for (int i = 0; i < Math.min(width, calls); i++) {
            window.startNext();
        }
        return window.done;
    }

    private void startNext() {
        if (started.getAndIncrement() >= calls) {
            return;
        }
        call.get().whenComplete((value, failure) -> {
            if (failure != null) {
                done.completeExceptionally(failure);
            } else if (remaining.decrementAndGet() == 0) {
                done.complete(null);
            } else {
                startNext();
            }
        });
    }
}
