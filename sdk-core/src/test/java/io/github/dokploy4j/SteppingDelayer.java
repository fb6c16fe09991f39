package io.github.dokploy4j;

import io.github.dokploy4j.internal.time.Delayer;
import io.github.dokploy4j.testkit.FakeClock;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Waits that the test lets pass one at a time, for pollers that never stop by themselves (a watch). A poller that
 * asks for a wait has finished its poll; {@link #step()} lets that wait pass in the fake's time and returns once the
 * poll it triggers has finished too, so the test reads each poll's effects in order without sleeping.
 */
public final class SteppingDelayer implements Delayer {
    /** How long (real time) a poll may take before the test gives up on it: a safety net, not a timing. */
    private static final long POLL_LIMIT_SECONDS = 10;

    private record Pending(Duration delay, CompletableFuture<Void> done) {
    }

    private final FakeClock clock;
    private final BlockingQueue<Pending> pending = new LinkedBlockingQueue<>();

    /**
     * Advances the given clock on each step.
     *
     * @param clock a manual fake clock
     */
    public SteppingDelayer(FakeClock clock) {
        this.clock = clock;
    }

    @Override
    public CompletableFuture<Void> delay(Duration delay) {
        Pending wait = new Pending(delay, new CompletableFuture<>());
        pending.add(wait);
        return wait.done;
    }

    /** Returns once the poller has finished its current poll and waits for the next one. */
    public void awaitPollerIdle() {
        if (pending.isEmpty()) {
            Pending next = take();
            pending.add(next);
        }
    }

    /**
     * Lets the poller's wait pass (moving the fake's clock by it), then returns once the poll that follows has
     * finished.
     *
     * @return the wait that passed
     */
    public Duration step() {
        Pending wait = take();
        clock.advance(wait.delay);
        wait.done.complete(null);
        awaitPollerIdle();
        return wait.delay;
    }

    private Pending take() {
        try {
            Pending next = pending.poll(POLL_LIMIT_SECONDS, TimeUnit.SECONDS);
            if (next == null) {
                throw new AssertionError("the poller did not ask for its next wait within " + POLL_LIMIT_SECONDS
                        + " s: it stopped or hangs");
            }
            return next;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the poller", e);
        }
    }
}
