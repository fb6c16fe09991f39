package io.github.dokploy4j.internal.http;

import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The deadline of one exchange, headers and body. It is kept by {@link ExchangeDeadlines}: when it passes before the
 * answer's headers, the thread that sends is interrupted (the JDK then cancels the exchange and closes its
 * connection); once the body is being read, the body is aborted instead. Either way the exchange fails with an
 * {@link ExchangeTimeoutException}. An interrupt of this deadline's never outlives the exchange: {@link #finish()}
 * clears it.
 */
final class ExchangeDeadline {
    private final Duration timeout;
    private final long endsAt;
    private final Thread sender;
    private @Nullable BoundedBodySubscriber body;
    private boolean expired;
    private boolean interrupted;
    private boolean finished;

    /**
     * Starts the deadline of an exchange sent by the current thread.
     *
     * @param timeout the time the exchange has
     * @param now {@link System#nanoTime()} at the start
     */
    ExchangeDeadline(Duration timeout, long now) {
        this.timeout = timeout;
        this.endsAt = now + timeout.toNanos();
        this.sender = Thread.currentThread();
    }

    boolean passed(long now) {
        return now - endsAt >= 0;
    }

    /** When the deadline passes, in {@link System#nanoTime()}'s terms. */
    long endsAt() {
        return endsAt;
    }

    /** Called on the client's timer thread once the deadline passed. */
    void expire() {
        BoundedBodySubscriber reading;
        synchronized (this) {
            if (finished) {
                return;
            }
            expired = true;
            reading = body;
            if (reading == null) {
                interrupted = true;
                sender.interrupt();
            }
        }
        if (reading != null) {
            reading.abort(timedOut());
        }
    }

    /** Called when the headers arrived and the body starts; aborts it at once when the time is already up. */
    void bodyStarts(BoundedBodySubscriber subscriber) {
        boolean late;
        synchronized (this) {
            body = subscriber;
            late = expired;
        }
        if (late) {
            subscriber.abort(timedOut());
        }
    }

    /**
     * Ends the deadline, on the sending thread, once the exchange returned or failed; clears the interrupt this
     * deadline gave the thread, if it gave one.
     *
     * @return whether this deadline interrupted the sending thread
     */
    synchronized boolean finish() {
        if (!finished) {
            finished = true;
            if (interrupted) {
                Thread.interrupted();
            }
        }
        return interrupted;
    }

    ExchangeTimeoutException timedOut() {
        return new ExchangeTimeoutException(timeout);
    }

    /** The answer did not complete within the request timeout; the exchange was aborted. */
    static final class ExchangeTimeoutException extends HttpTimeoutException {
        private static final long serialVersionUID = 1L;

        ExchangeTimeoutException(Duration timeout) {
            super("the answer did not complete within the request timeout (" + timeout.toMillis() + " ms)");
        }
    }
}
