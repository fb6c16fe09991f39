package io.github.dokploy4j;

import io.github.dokploy4j.internal.time.Delayer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Time that passes only when the SDK waits: each delay moves the clock forward and completes at once (on its own
 * thread, so that long polling loops do not nest). Lets a ten-minute wait run in milliseconds, deterministically.
 */
public final class FakeTime extends Clock implements Delayer, AutoCloseable {
    private volatile Instant now;
    private final List<Duration> delays = new CopyOnWriteArrayList<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "fake-time");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * Starts the clock.
     *
     * @param start the first instant
     */
    public FakeTime(Instant start) {
        this.now = start;
    }

    @Override
    public CompletableFuture<Void> delay(Duration delay) {
        delays.add(delay);
        synchronized (this) {
            now = now.plus(delay);
        }
        return CompletableFuture.runAsync(() -> { }, executor);
    }

    /**
     * Returns the delays asked for so far.
     *
     * @return the delays, in order
     */
    public List<Duration> delays() {
        return delays;
    }

    /**
     * Returns how much fake time passed since the start.
     *
     * @param start the start
     * @return the elapsed time
     */
    public Duration since(Instant start) {
        return Duration.between(start, now);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
