package io.github.dokploy4j.internal.http;

import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The deadline of one exchange, for the part the JDK does not time: its request timeout stops counting once the
 * headers arrive, so a body that never ends would hang. When the deadline passes, the body being read is aborted
 * (which makes the JDK close the connection) and the exchange fails with a {@link BodyTimeoutException}.
 */
final class ExchangeDeadline {
    private final Duration timeout;
    private @Nullable BoundedBodySubscriber body;
    private boolean expired;

    ExchangeDeadline(Duration timeout) {
        this.timeout = timeout;
    }

    /** Called on the client's timer thread when the time is up. */
    void expire() {
        BoundedBodySubscriber reading;
        synchronized (this) {
            expired = true;
            reading = body;
        }
        if (reading != null) {
            reading.abort(new BodyTimeoutException(timeout));
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
            subscriber.abort(new BodyTimeoutException(timeout));
        }
    }

    /** The answer did not complete within the request timeout; the exchange was aborted. */
    static final class BodyTimeoutException extends HttpTimeoutException {
        private static final long serialVersionUID = 1L;

        BodyTimeoutException(Duration timeout) {
            super("the answer did not complete within the request timeout (" + timeout.toMillis() + " ms)");
        }
    }
}
