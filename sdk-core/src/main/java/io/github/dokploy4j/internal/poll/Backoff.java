package io.github.dokploy4j.internal.poll;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * The pace of plain polling: every 0.5 s at first, half as long again each time up to every 5 s, with ±10% jitter so
 * that pollers started together do not poll in step. A poller may slow down, hold its pace or speed up again.
 */
public final class Backoff {
    static final Duration INITIAL = Duration.ofMillis(500);
    static final Duration MAX = Duration.ofSeconds(5);
    private static final double FACTOR = 1.5;
    private static final double JITTER = 0.1;

    private final DoubleSupplier random;
    private long millis;

    /**
     * Starts at the first interval.
     *
     * @param random numbers in [0, 1) for the jitter
     */
    public Backoff(DoubleSupplier random) {
        this.random = random;
    }

    /**
     * The next wait, half as long again as the last, up to the longest.
     *
     * @return the wait
     */
    public Duration slower() {
        millis = millis == 0 ? INITIAL.toMillis() : Math.min(Math.round(millis * FACTOR), MAX.toMillis());
        return jittered();
    }

    /**
     * The next wait, as long as the last.
     *
     * @return the wait
     */
    public Duration same() {
        if (millis == 0) {
            millis = INITIAL.toMillis();
        }
        return jittered();
    }

    /**
     * The next wait, half as long as the last (not below the first).
     *
     * @return the wait
     */
    public Duration faster() {
        millis = Math.max(INITIAL.toMillis(), millis / 2);
        return jittered();
    }

    private Duration jittered() {
        double spread = 1.0 + JITTER * (2 * random.getAsDouble() - 1);
        return Duration.ofMillis(Math.round(millis * spread));
    }
}
