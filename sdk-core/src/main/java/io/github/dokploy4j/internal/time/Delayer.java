package io.github.dokploy4j.internal.time;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Waits without holding a thread: the engine's backoff between attempts and every poll interval. A client waits on
 * its {@link ClientTimer}; tests inject one that records the waits and completes at once, or one that moves a fake
 * clock.
 */
@FunctionalInterface
public interface Delayer {
    /**
     * Completes after the delay.
     *
     * @param delay how long to wait
     * @return a future completed when the delay has passed; cancelling it abandons the wait
     */
    CompletableFuture<Void> delay(Duration delay);
}
