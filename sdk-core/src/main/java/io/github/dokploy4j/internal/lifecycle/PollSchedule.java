package io.github.dokploy4j.internal.lifecycle;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * How often a handle polls: fast at first, then backing off to a cap, with jitter so that many handles started
 * together do not poll in step.
 *
 * @param initial the first interval
 * @param factor how much each interval grows
 * @param max the longest interval
 * @param jitter the share of an interval that is randomised (0.1: ±10%)
 */
public record PollSchedule(Duration initial, double factor, Duration max, double jitter) {
    /** 0.5 s growing by half each poll up to 5 s, ±10%. */
    public static final PollSchedule DEFAULT = new PollSchedule(Duration.ofMillis(500), 1.5, Duration.ofSeconds(5),
            0.1);

    /**
     * Returns the interval after the given one, before jitter.
     *
     * @param previous the last interval, or {@code null} before the first poll
     * @return the next interval
     */
    Duration next(Duration previous) {
        long grown = Math.round(previous.toMillis() * factor);
        return Duration.ofMillis(Math.min(Math.max(grown, initial.toMillis()), max.toMillis()));
    }

    /**
     * Applies the jitter to an interval.
     *
     * @param interval the interval
     * @param random a number in [0, 1)
     * @return the jittered interval
     */
    Duration jittered(Duration interval, DoubleSupplier random) {
        double spread = 1.0 + jitter * (2 * random.getAsDouble() - 1);
        return Duration.ofMillis(Math.round(interval.toMillis() * spread));
    }
}
