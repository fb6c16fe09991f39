package io.github.dokploy4j.bench;

import io.github.dokploy4j.deployment.LogListener;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Receives the lines of a {@link BuildLog}, after the lines the server itself writes first, checks that each is the
 * next one (every line exactly once, in order) and notes when it arrived ({@link System#nanoTime()}).
 */
final class TimedLines implements LogListener {
    private final List<String> preamble;
    private final BlockingQueue<Long> arrivals = new LinkedBlockingQueue<>();
    private int count;
    private int wrong;
    private int gaps;

    /**
     * Creates a receiver.
     *
     * @param preamble the lines before the build's own, e.g. the {@code Initializing deployment} the server writes
     */
    TimedLines(String... preamble) {
        this.preamble = List.of(preamble);
    }

    @Override
    public void onLine(String line) {
        long now = System.nanoTime();
        synchronized (this) {
            String expected = count < preamble.size() ? preamble.get(count)
                    : BuildLog.line(count - preamble.size());
            if (!line.equals(expected)) {
                wrong++;
            }
            count++;
        }
        arrivals.add(now);
    }

    @Override
    public synchronized void onGap() {
        gaps++;
    }

    /**
     * Waits for the next line.
     *
     * @param timeout how long at most
     * @return when it arrived
     * @throws InterruptedException when interrupted
     * @throws IllegalStateException when no line came in time
     */
    long awaitNext(Duration timeout) throws InterruptedException {
        Long arrival = arrivals.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
        if (arrival == null) {
            throw new IllegalStateException("no line " + count() + " within " + timeout);
        }
        return arrival;
    }

    /** When the lines not awaited yet arrived, oldest first; empties the queue. */
    long[] drain() {
        return arrivals.stream().mapToLong(Long::longValue).toArray();
    }

    synchronized int count() {
        return count;
    }

    /** Whether the preamble and exactly {@code expected} build lines came, each the right one, and no gap. */
    synchronized boolean exactly(int expected) {
        return count == preamble.size() + expected && wrong == 0 && gaps == 0;
    }
}
