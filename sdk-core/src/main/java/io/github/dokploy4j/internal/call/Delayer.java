package io.github.dokploy4j.internal.call;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Waits without holding a thread: the engine's backoff between attempts. Tests inject one that records the waits and
 * completes at once.
 */
@FunctionalInterface
public interface Delayer {
    /** Waits on the JDK's shared delay scheduler. */
    Delayer SYSTEM = delay -> {
        CompletableFuture<Void> done = new CompletableFuture<>();
        CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS).execute(() -> done.complete(null));
        return done;
    };

    /**
     * Completes after the delay.
     *
     * @param delay how long to wait
     * @return a future completed when the delay has passed; cancelling it abandons the wait
     */
    CompletableFuture<Void> delay(Duration delay);
}
