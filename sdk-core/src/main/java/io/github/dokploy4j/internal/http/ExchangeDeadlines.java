package io.github.dokploy4j.internal.http;

import io.github.dokploy4j.internal.time.ClientTimer;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The deadlines of a client's exchanges in flight, kept by sweeps on the client's timer thread: a sweep is scheduled
 * for the earliest deadline in flight, expires what passed and schedules the next. An exchange that starts while a
 * sweep is due before its own deadline schedules nothing, which is the common case: with one timeout for all calls a
 * busy client's timer thread wakes about once per timeout, not once per call. Why not a timer task per exchange (nor
 * the JDK's request timeout, which is one too): scheduling and cancelling it wakes a thread at every call, and each of
 * the two cost about 3 % of a loopback round trip.
 */
final class ExchangeDeadlines {
    private static final long NONE = Long.MAX_VALUE;

    private final ClientTimer timer;
    private final Set<ExchangeDeadline> inFlight = ConcurrentHashMap.newKeySet();
    /** When the next sweep is due ({@link System#nanoTime()}), or {@link #NONE}. */
    private final AtomicLong nextSweep = new AtomicLong(NONE);

    ExchangeDeadlines(ClientTimer timer) {
        this.timer = timer;
    }

    /**
     * Starts the deadline of an exchange the current thread is about to send.
     *
     * @param timeout the time the exchange has
     * @return its deadline; pass it to {@link #end} when the exchange returned or failed
     */
    ExchangeDeadline start(Duration timeout) {
        ExchangeDeadline deadline = new ExchangeDeadline(timeout, System.nanoTime());
        inFlight.add(deadline);
        sweepBy(deadline.endsAt());
        return deadline;
    }

    /**
     * Ends an exchange's deadline, on the thread that sent it.
     *
     * @param deadline what {@link #start} returned
     * @return whether the deadline interrupted the thread (the interrupt is cleared)
     */
    boolean end(ExchangeDeadline deadline) {
        inFlight.remove(deadline);
        return deadline.finish();
    }

    /** When the next sweep is due ({@link System#nanoTime()}), or {@link Long#MAX_VALUE} when none is. */
    long nextSweep() {
        return nextSweep.get();
    }

    /** Makes sure a sweep runs at the latest at {@code time}. */
    private void sweepBy(long time) {
        while (true) {
            long due = nextSweep.get();
            if (due != NONE && due - time <= 0) {
                return;
            }
            if (nextSweep.compareAndSet(due, time)) {
                try {
                    timer.onTimer(Duration.ofNanos(Math.max(0, time - System.nanoTime())), this::sweep);
                } catch (RejectedExecutionException clientClosed) {
                    nextSweep.compareAndSet(time, NONE);
                }
                return;
            }
        }
    }

    private void sweep() {
        // From here on an exchange that starts schedules its own sweep; one that started before is in the set below.
        nextSweep.set(NONE);
        long now = System.nanoTime();
        long earliest = NONE;
        for (ExchangeDeadline deadline : inFlight) {
            if (deadline.passed(now)) {
                if (inFlight.remove(deadline)) {
                    deadline.expire();
                }
            } else if (earliest == NONE || deadline.endsAt() - earliest < 0) {
                earliest = deadline.endsAt();
            }
        }
        if (earliest != NONE) {
            sweepBy(earliest);
        }
    }
}
