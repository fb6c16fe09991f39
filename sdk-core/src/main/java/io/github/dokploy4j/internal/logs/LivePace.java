package io.github.dokploy4j.internal.logs;

import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.error.DokployException;
import io.github.dokploy4j.internal.poll.Backoff;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * When a poller reads a running deployment's row, and the live log that sets that pace: while the log streams
 * ({@link LiveLog}, no request while open), at the stream's pace ({@link StreamPace}); while the stream is being
 * opened, not at all, so that the pace never depends on how long a handshake takes (the stream's outcome schedules
 * the next read); without a stream, at the plain {@link Backoff} pace. What the stream brings goes on to the poller.
 */
public final class LivePace implements LiveLogSink {
    private final LogContext context;
    private final Consumer<Duration> pollWithin;
    private final LiveLogSink poller;
    private final Backoff backoff;
    private final Object lock = new Object();
    private @Nullable LiveLog live;
    private @Nullable StreamPace pace;
    private boolean paced;
    private boolean lost;

    /**
     * Starts at the plain pace, without a stream.
     *
     * @param context the client view's context
     * @param pollWithin brings the poller's next read forward
     * @param poller hears the lines, the problems and the loss of the stream
     */
    public LivePace(LogContext context, Consumer<Duration> pollWithin, LiveLogSink poller) {
        this.context = context;
        this.pollWithin = pollWithin;
        this.poller = poller;
        this.backoff = new Backoff(context.runtime().random());
    }

    /**
     * Prepares a row's stream, unless one is there or a stream was lost before; from now on the reads wait for its
     * outcome. The caller opens it, outside its own lock.
     *
     * @param row the running deployment; its {@code logPath} must not be empty
     * @param pacing whether the stream paces the reads of the row (not when only its last lines are wanted)
     * @return the stream to {@link LiveLog#open() open}, or {@code null}
     */
    public @Nullable LiveLog stream(Deployment row, boolean pacing) {
        synchronized (lock) {
            if (live != null || lost) {
                return null;
            }
            live = new LiveLog(context, row, this);
            paced = pacing;
            return live;
        }
    }

    /**
     * Tells whether a stream was opened and is neither closed nor lost.
     *
     * @return whether the stream is there
     */
    public boolean streaming() {
        synchronized (lock) {
            return live != null;
        }
    }

    /**
     * Tells whether the stream is connected (not between two openings).
     *
     * @return whether it is
     */
    public boolean connected() {
        synchronized (lock) {
            return live != null && live.isOpen();
        }
    }

    /**
     * Returns the line the stream has begun and not ended; see {@link LiveLog#partialLine()}.
     *
     * @return the line, or {@code ""}
     */
    public String partialLine() {
        synchronized (lock) {
            return live == null ? "" : live.partialLine();
        }
    }

    /**
     * A read found the deployment still running.
     *
     * @return the wait before the next read, or {@code null} while the stream is being opened
     */
    public @Nullable Duration afterRead() {
        synchronized (lock) {
            if (pace != null) {
                return pace.stillRunning();
            }
            return live != null && paced ? null : backoff.slower();
        }
    }

    /**
     * A read falls due; see {@link StreamPace#postpone()}.
     *
     * @return {@code null} to read now, else how much later
     */
    public @Nullable Duration postpone() {
        synchronized (lock) {
            return pace == null ? null : pace.postpone();
        }
    }

    /**
     * The wait before the next read at the plain pace, for a poller that lost its stream.
     *
     * @return the wait
     */
    public Duration plain() {
        synchronized (lock) {
            return backoff.same();
        }
    }

    /** Closes the stream; a later {@link #stream} prepares another. */
    public void close() {
        LiveLog open;
        synchronized (lock) {
            open = live;
            live = null;
            pace = null;
        }
        if (open != null) {
            open.close();
        }
    }

    @Override
    public void opened() {
        boolean first;
        synchronized (lock) {
            first = live != null && paced && pace == null;
            if (first) {
                pace = new StreamPace(context.runtime().clock());
            }
        }
        if (first) {
            pollWithin.accept(StreamPace.HEARTBEAT);
        }
    }

    @Override
    public CompletableFuture<Void> message(String text, long firstPosition, List<String> lines) {
        Duration soon;
        synchronized (lock) {
            if (live == null) {
                return CompletableFuture.completedFuture(null);
            }
            soon = pace == null ? null : pace.text(text);
        }
        if (soon != null) {
            pollWithin.accept(soon);
        }
        return poller.message(text, firstPosition, lines);
    }

    @Override
    public void problem(DokployException problem) {
        poller.problem(problem);
    }

    @Override
    public void unavailable(DokployException why) {
        synchronized (lock) {
            live = null;
            pace = null;
            lost = true;
        }
        poller.unavailable(why);
    }
}
