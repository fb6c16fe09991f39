package io.github.dokploy4j.internal.http;

import io.github.dokploy4j.internal.time.ClientTimer;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The deadlines of a client's exchanges in flight, checked by one sweep on the client's timer thread every
 * {@link #TICK} while the client exchanges; the sweep stops after a tick with nothing in flight and nothing started.
 * A deadline is thus noticed at most one tick late. Why not a timer task per exchange (nor the JDK's request timeout,
 * which is one too): scheduling and cancelling it wakes a thread at every call, and each of the two cost about 3 % of a
 * loopback round trip.
 */
final class ExchangeDeadlines {
    /** How often the deadlines in flight are checked. */
    static final Duration TICK = Duration.ofMillis(10);

    private final ClientTimer timer;
    private final Set<ExchangeDeadline> inFlight = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean sweeping = new AtomicBoolean();
    private volatile boolean started;

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
        started = true;
        if (!sweeping.get() && sweeping.compareAndSet(false, true)) {
            scheduleSweep();
        }
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

    private void scheduleSweep() {
        try {
            timer.onTimer(TICK, this::sweep);
        } catch (RejectedExecutionException clientClosed) {
            sweeping.set(false);
        }
    }

    private void sweep() {
        long now = System.nanoTime();
        for (ExchangeDeadline deadline : inFlight) {
            if (deadline.passed(now) && inFlight.remove(deadline)) {
                deadline.expire();
            }
        }
        if (started || !inFlight.isEmpty()) {
            started = false;
            scheduleSweep();
            return;
        }
        sweeping.set(false);
        // an exchange that started while this sweep was stopping would otherwise go unwatched
        if ((started || !inFlight.isEmpty()) && sweeping.compareAndSet(false, true)) {
            scheduleSweep();
        }
    }
}
