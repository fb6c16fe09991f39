package io.github.dokploy4j.testkit;

import java.time.Duration;
import java.time.Instant;

/** Where the fake reads the time and schedules what a build does next. */
interface TimeSource {

    Instant now();

    /** Runs {@code action} once the time reaches {@code at} (at once if it already has). */
    void schedule(Instant at, Runnable action);

    boolean isManual();

    void advance(Duration duration);

    void shutdown();
}
