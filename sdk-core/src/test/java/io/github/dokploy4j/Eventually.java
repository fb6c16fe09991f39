package io.github.dokploy4j;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for something another thread does, with a generous bound so that a broken test fails instead of hanging. */
public final class Eventually {
    private static final Duration BOUND = Duration.ofSeconds(20);

    private Eventually() {
    }

    /**
     * Waits until the condition holds.
     *
     * @param what what is waited for, for the failure message
     * @param condition the condition
     */
    public static void until(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting for " + what);
            }
            Thread.onSpinWait();
        }
    }
}
