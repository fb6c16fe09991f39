package io.github.dokploy4j.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.PriorityQueue;

/**
 * Time that moves only when the test says so. Due actions run in the advancing thread, in time order, with the clock
 * set to each action's own moment, so a build scripted over seconds completes deterministically in one call.
 */
final class ManualTimeSource implements TimeSource {

    private record Due(Instant at, long sequence, Runnable action) {
    }

    private final PriorityQueue<Due> due = new PriorityQueue<>(
            (a, b) -> a.at().equals(b.at()) ? Long.compare(a.sequence(), b.sequence()) : a.at().compareTo(b.at()));
    private Instant now;
    private long sequence;

    ManualTimeSource(Instant start) {
        this.now = start;
    }

    @Override
    public synchronized Instant now() {
        return now;
    }

    @Override
    public synchronized void schedule(Instant at, Runnable action) {
        due.add(new Due(at.isBefore(now) ? now : at, sequence++, action));
    }

    @Override
    public boolean isManual() {
        return true;
    }

    @Override
    public void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("duration must not be negative: " + duration);
        }
        Instant target;
        synchronized (this) {
            target = now.plus(duration);
        }
        while (true) {
            Due next;
            synchronized (this) {
                next = due.peek();
                if (next == null || next.at().isAfter(target)) {
                    now = later(now, target);
                    return;
                }
                due.poll();
                now = later(now, next.at());
            }
            // Run outside this monitor: the action takes the fake's state lock and may schedule more actions.
            next.action().run();
        }
    }

    /** Two threads may advance at once: the one that finishes last must not set the clock back. */
    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    @Override
    public synchronized void shutdown() {
        due.clear();
    }
}
