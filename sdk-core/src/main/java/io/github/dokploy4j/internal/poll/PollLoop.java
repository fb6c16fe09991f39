package io.github.dokploy4j.internal.poll;

import io.github.dokploy4j.error.DokployException;
import io.github.dokploy4j.internal.time.Delayer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;

/**
 * The one polling loop: one poll at a time, each a {@link Subject#read() read} of a snapshot followed by its
 * {@link Subject#observe observation}, which says when to poll next. The loop owns the schedule (one wait at a time on
 * the client's delayer, a poll due at once on the client's executor; others may bring it forward with
 * {@link #pollWithin}), the failure policy (which failures
 * end it, how many in a row, how long to wait before trying again, what is logged) and its close. It calls its subject
 * outside its own lock, which nobody else shares, and never twice at once.
 *
 * @param <S> what one poll reads
 */
public final class PollLoop<S> {
    /**
     * What a poller reads and what it makes of it: the part that differs between a deploy handle, a log follow and a
     * watch.
     *
     * @param <S> what one poll reads
     */
    public interface Subject<S> {
        /**
         * Reads one snapshot: the requests of one poll.
         *
         * @return the snapshot
         */
        CompletableFuture<S> read();

        /**
         * Takes in a snapshot.
         *
         * @param snapshot what the poll read
         * @return when to poll next
         */
        Next observe(S snapshot);

        /**
         * The polling ended on a failure the policy does not tolerate.
         *
         * @param failure the failure
         */
        void failed(RuntimeException failure);

        /**
         * Asked when a poll falls due: {@code null} to poll now, or what to do instead (poll later because a log stream
         * is still busy, or not at all because nobody waits any more).
         *
         * @return the decision, or {@code null} to poll now
         */
        default @Nullable Next postpone() {
            return null;
        }
    }

    /** When to poll next. */
    public static final class Next {
        private static final Next IDLE = new Next(null, false);
        private static final Next DONE = new Next(null, true);

        private final @Nullable Duration delay;
        private final boolean done;

        private Next(@Nullable Duration delay, boolean done) {
            this.delay = delay;
            this.done = done;
        }

        /**
         * Polls again after a wait.
         *
         * @param delay the wait
         * @return the decision
         */
        public static Next in(Duration delay) {
            return new Next(delay.isNegative() ? Duration.ZERO : delay, false);
        }

        /**
         * Polls again only when {@link #pollWithin} asks for it.
         *
         * @return the decision
         */
        public static Next idle() {
            return IDLE;
        }

        /**
         * Stops polling for good.
         *
         * @return the decision
         */
        public static Next done() {
            return DONE;
        }
    }

    private final String name;
    private final Subject<S> subject;
    private final Delayer delayer;
    private final Clock clock;
    private final Executor executor;
    private final PollFailurePolicy policy;
    private final Logger log;
    private final Object lock = new Object();

    private long generation;
    private @Nullable CompletableFuture<?> pending;
    private @Nullable Instant dueAt;
    private @Nullable Instant askedWhileBusy;
    private boolean busy;
    private boolean closed;
    private int failuresInARow;

    /**
     * Creates a loop; nothing happens before {@link #pollWithin}.
     *
     * @param name what is polled, for log lines
     * @param subject what is read and what it means
     * @param runtime the client's waits, clock and executor
     * @param policy the failure policy
     * @param log where failures are logged
     */
    public PollLoop(String name, Subject<S> subject, PollRuntime runtime, PollFailurePolicy policy, Logger log) {
        this.name = name;
        this.subject = subject;
        this.delayer = runtime.delayer();
        this.clock = runtime.clock();
        this.executor = runtime.executor();
        this.policy = policy;
        this.log = log;
    }

    /**
     * Makes sure a poll happens within the given time: brings the scheduled one forward, or schedules one when none
     * is. While a poll runs, the next one is scheduled no later than asked once it is over.
     *
     * @param within at the latest how long from now
     */
    public void pollWithin(Duration within) {
        schedule(within, true);
    }

    /**
     * Brings a scheduled wait forward, like {@link #pollWithin}, but schedules none when none is, and leaves a poll in
     * progress to its subject's answer: for a deadline that matters only to a loop that polls anyway (a wait of a long
     * timer would move a test's fake clock at once).
     *
     * @param within at the latest how long from now
     */
    public void hasten(Duration within) {
        schedule(within, false);
    }

    private void schedule(Duration within, boolean evenIfIdle) {
        Instant due = clock.instant().plus(within.isNegative() ? Duration.ZERO : within);
        CompletableFuture<?> replaced;
        long armed;
        synchronized (lock) {
            if (closed || !evenIfIdle && (busy || dueAt == null)) {
                return;
            }
            if (busy) {
                askedWhileBusy = askedWhileBusy == null || due.isBefore(askedWhileBusy) ? due : askedWhileBusy;
                return;
            }
            if (dueAt != null && !dueAt.isAfter(due)) {
                return;
            }
            armed = ++generation;
            dueAt = due;
            replaced = pending;
            pending = null;
        }
        if (replaced != null) {
            replaced.cancel(false);
        }
        arm(armed, Duration.between(clock.instant(), due));
    }

    /** Stops polling: cancels the wait or the read in flight; the subject hears nothing more. */
    public void close() {
        CompletableFuture<?> running;
        synchronized (lock) {
            closed = true;
            generation++;
            running = pending;
            pending = null;
        }
        if (running != null) {
            running.cancel(true);
        }
    }

    /**
     * Tells whether the loop was closed.
     *
     * @return whether it stopped for good
     */
    public boolean isClosed() {
        synchronized (lock) {
            return closed;
        }
    }

    private void arm(long armed, Duration delay) {
        if (delay.isNegative() || delay.isZero()) {
            try {
                executor.execute(() -> fire(armed));
            } catch (RejectedExecutionException clientClosed) {
                end(new IllegalStateException("this DokployClient is closed", clientClosed));
            }
            return;
        }
        // outside the lock: a delayer in fake time may run the fake server's whole schedule before it returns
        CompletableFuture<Void> wait = delayer.delay(delay);
        synchronized (lock) {
            if (armed != generation || closed) {
                wait.cancel(false);
                return;
            }
            pending = wait;
        }
        wait.whenComplete((ignored, error) -> {
            if (error == null) {
                fire(armed);
            } else if (!(Failures.cause(error) instanceof CancellationException)) {
                end(Failures.cause(error)); // the client's timer is closed
            }
        });
    }

    private void fire(long armed) {
        synchronized (lock) {
            if (armed != generation || closed || busy) {
                return;
            }
            busy = true;
            dueAt = null;
            pending = null;
        }
        Next instead;
        CompletableFuture<S> read;
        try {
            instead = subject.postpone();
            read = instead == null ? subject.read() : null;
        } catch (RuntimeException bug) {
            instead = null;
            read = CompletableFuture.failedFuture(bug);
        }
        if (read == null) {
            settle(instead);
            return;
        }
        synchronized (lock) {
            if (closed) {
                read.cancel(true);
                return;
            }
            pending = read;
        }
        read.whenComplete(this::completed);
    }

    private void completed(@Nullable S snapshot, @Nullable Throwable error) {
        synchronized (lock) {
            if (closed) {
                return;
            }
            pending = null;
        }
        Next next;
        if (error == null) {
            if (failuresInARow > 0) {
                log.debug("{}: polls work again after {} failure(s)", name, failuresInARow);
            }
            failuresInARow = 0;
            try {
                next = subject.observe(snapshot);
            } catch (RuntimeException bug) {
                end(bug);
                return;
            }
        } else {
            Throwable cause = Failures.cause(error);
            if (cause instanceof CancellationException) {
                return;
            }
            failuresInARow++;
            if (policy.ends(cause, failuresInARow)) {
                end(cause);
                return;
            }
            Duration retry = policy.retryAfter(failuresInARow);
            if (failuresInARow == 1) {
                log.info("{}: a poll failed; trying again in {} ms (the polling ends after {} failures in a row): {}",
                        name, retry.toMillis(), policy.endsAfter(), cause.toString());
            } else {
                log.debug("{}: poll failed again ({} in a row): {}", name, failuresInARow, cause.toString());
            }
            next = Next.in(retry);
        }
        settle(next);
    }

    private void end(Throwable cause) {
        log.warn("{}: polling stops: {}", name, cause.toString());
        close();
        subject.failed(cause instanceof RuntimeException ? (RuntimeException) cause
                : new DokployException("polling " + name + " failed: " + cause, cause));
    }

    private void settle(Next next) {
        Instant asked;
        synchronized (lock) {
            busy = false;
            asked = askedWhileBusy;
            askedWhileBusy = null;
        }
        if (next.done) {
            close();
            return;
        }
        Duration wanted = next.delay;
        if (asked != null) {
            Duration askedIn = Duration.between(clock.instant(), asked);
            wanted = wanted == null || askedIn.compareTo(wanted) < 0 ? askedIn : wanted;
        }
        if (wanted != null) {
            pollWithin(wanted);
        }
    }

    @Override
    public String toString() {
        return "PollLoop{" + name + "}";
    }
}
