package io.github.dokploy4j.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** Wall-clock time: scheduled actions run on one daemon thread when their moment comes. */
final class RealTimeSource implements TimeSource {

    private final ScheduledExecutorService executor;

    RealTimeSource() {
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "fake-dokploy-clock");
            thread.setDaemon(true);
            return thread;
        });
        pool.setRemoveOnCancelPolicy(true);
        this.executor = pool;
    }

    @Override
    public Instant now() {
        return Instant.now();
    }

    @Override
    public void schedule(Instant at, Runnable action) {
        long delayNanos = Math.max(0, Duration.between(Instant.now(), at).toNanos());
        if (!executor.isShutdown()) {
            executor.schedule(action, delayNanos, TimeUnit.NANOSECONDS);
        }
    }

    @Override
    public boolean isManual() {
        return false;
    }

    @Override
    public void advance(Duration duration) {
        throw new IllegalStateException(
                "this fake runs on real time; start it with FakeDokployOptions.builder().manualClock() to advance time");
    }

    @Override
    public void shutdown() {
        executor.shutdownNow();
    }
}
