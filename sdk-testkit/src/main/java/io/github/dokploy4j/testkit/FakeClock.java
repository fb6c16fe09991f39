package io.github.dokploy4j.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The time the fake Dokploy lives in: deployment timestamps, queue timestamps, log file names, build scripts and the
 * rate-limit window all read it.
 *
 * <p>A fake started with {@link FakeDokployOptions.Builder#manualClock()} has a manual clock: nothing that a build
 * script spreads over time happens until the test calls {@link #advance(Duration)}, which runs every due step in time
 * order before it returns. Otherwise the clock is the wall clock and builds run by themselves.
 */
public final class FakeClock {

    private final TimeSource source;

    FakeClock(TimeSource source) {
        this.source = source;
    }

    /**
     * The current time of the fake.
     *
     * @return the current instant (wall-clock time, or the manual clock's position)
     */
    public Instant now() {
        return source.now();
    }

    /**
     * Whether this clock only moves through {@link #advance(Duration)}.
     *
     * @return {@code true} for a manual clock
     */
    public boolean isManual() {
        return source.isManual();
    }

    /**
     * Moves a manual clock forward and runs, in the calling thread and in time order, every build step that falls due
     * on the way (log lines, pauses ending, builds finishing, the next queued job starting, the commit-title swap).
     *
     * @param duration how far to move; zero runs what is due now
     * @throws IllegalStateException if the clock is the wall clock
     * @throws IllegalArgumentException if {@code duration} is negative
     */
    public void advance(Duration duration) {
        source.advance(Objects.requireNonNull(duration, "duration"));
    }

    void schedule(Instant at, Runnable action) {
        source.schedule(at, action);
    }

    void shutdown() {
        source.shutdown();
    }

    @Override
    public String toString() {
        return "FakeClock[" + (isManual() ? "manual" : "real time") + ", now=" + now() + "]";
    }
}
