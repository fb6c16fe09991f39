package io.github.dokploy4j.internal.logs;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * How often a follow polls: every 0.5 s at first, half as long again each time up to every 5 s, with ±10% jitter,
 * like a deployment handle. A {@code readLogs} window that came back more than half full brings the interval back
 * down, so that a build writing fast does not outrun the window.
 */
final class PollPace {
    static final Duration INITIAL = Duration.ofMillis(500);
    static final Duration MAX = Duration.ofSeconds(5);
    private static final double FACTOR = 1.5;
    private static final double JITTER = 0.1;

    private final DoubleSupplier random;
    private long millis;

    PollPace(DoubleSupplier random) {
        this.random = random;
    }

    /** The wait before the next poll, backing off. */
    Duration next() {
        millis = millis == 0 ? INITIAL.toMillis() : Math.min(Math.round(millis * FACTOR), MAX.toMillis());
        return jittered();
    }

    /** The wait before the next poll after a window of which {@code fresh} of {@code size} lines were new. */
    Duration afterWindow(int fresh, int size) {
        if (fresh > size / 2) {
            millis = Math.max(INITIAL.toMillis(), millis / 2);
            return jittered();
        }
        if (fresh > size / 4 && millis > 0) {
            return jittered();
        }
        return next();
    }

    private Duration jittered() {
        double spread = 1.0 + JITTER * (2 * random.getAsDouble() - 1);
        return Duration.ofMillis(Math.round(millis * spread));
    }
}
