package io.github.dokploy4j;

import io.github.dokploy4j.internal.time.Delayer;
import io.github.dokploy4j.testkit.FakeClock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Waits in a fake Dokploy's time: each wait moves the fake's manual clock forward by the delay (running every build
 * step that falls due) and then completes, on a thread of its own so that a long chain of polls does not grow the
 * stack. Nothing sleeps: a ten-minute wait for a deployment takes milliseconds.
 *
 * <p>Advances are serialised, so several pollers that wait at once move the clock one after the other and it never
 * goes backwards.
 */
public final class FakeTimeDelayer implements Delayer {
    private static final ExecutorService COMPLETIONS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "fake-time-delayer");
        thread.setDaemon(true);
        return thread;
    });

    private final FakeClock clock;

    /**
     * Advances the given clock.
     *
     * @param clock a manual fake clock
     */
    public FakeTimeDelayer(FakeClock clock) {
        if (!clock.isManual()) {
            throw new IllegalArgumentException("the fake must run on a manual clock: " + clock);
        }
        this.clock = clock;
    }

    @Override
    public CompletableFuture<Void> delay(Duration delay) {
        synchronized (this) {
            clock.advance(delay);
        }
        return CompletableFuture.runAsync(() -> { }, COMPLETIONS);
    }
}
