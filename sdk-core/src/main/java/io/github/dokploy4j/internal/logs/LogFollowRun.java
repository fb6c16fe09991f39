package io.github.dokploy4j.internal.logs;

import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.DeploymentPhase;
import io.github.dokploy4j.deployment.LogFollow;
import io.github.dokploy4j.deployment.LogFollowMode;
import io.github.dokploy4j.deployment.LogListener;
import io.github.dokploy4j.error.DeploymentFailedException;
import io.github.dokploy4j.error.DeploymentTimeoutException;
import io.github.dokploy4j.error.DokployException;
import io.github.dokploy4j.error.DokployTransportException;
import io.github.dokploy4j.internal.call.Arguments;
import io.github.dokploy4j.internal.call.PollFailures;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import io.github.dokploy4j.internal.SdkLoggers;

/**
 * One follow of a deployment's log: what was delivered, the live stream or the polling loop that reads it, the poll
 * of the row that tells when it ends, and the drain at the end. Every delivery happens under this object's lock, so
 * the listener is called one line at a time and in order, whichever thread the line came from.
 */
final class LogFollowRun implements LogFollow {
    private static final Logger LOG = SdkLoggers.LOGS;
    /** The {@code tail} of each polled {@code readLogs} window. */
    static final int POLL_WINDOW = 1000;
    /** The {@code tail} of the read that checks, at the end, that the stream delivered everything. */
    static final int FINAL_TAIL = 10_000;
    /** How long the end waits for more of the stream, each round. */
    static final Duration QUIET = Duration.ofMillis(500);
    private static final int MAX_QUIET_ROUNDS = 20;
    private static final int TOLERATED_FAILED_POLLS = 3;

    private final LogContext context;
    private final LogFollowMode requested;
    private final LogListener listener;
    private final CompletableFuture<Deployment> completion = new CompletableFuture<>();
    private final Set<CompletableFuture<?>> pending = ConcurrentHashMap.newKeySet();
    private final DeliveredLines delivered = new DeliveredLines();
    private final PollPace pace;
    private volatile LogFollowMode mode;
    private @Nullable LiveStream live;
    private @Nullable DeploymentRows rows;
    private @Nullable Deployment row;
    private boolean ending;
    private int failedPolls;

    LogFollowRun(LogContext context, LogFollowMode requested, LogListener listener) {
        this.context = context;
        this.requested = requested;
        this.listener = listener;
        this.mode = requested == LogFollowMode.POLLING ? LogFollowMode.POLLING : LogFollowMode.LIVE;
        this.pace = new PollPace(context.random());
        completion.whenComplete((end, error) -> stopAll());
    }

    void start(CompletableFuture<Deployment> lookup) {
        track(lookup).whenComplete((found, error) -> {
            if (error != null) {
                fail(error);
            } else {
                begin(found);
            }
        });
    }

    @Override
    public LogFollowMode mode() {
        return mode;
    }

    @Override
    public synchronized long linesDelivered() {
        return delivered.count();
    }

    @Override
    public CompletableFuture<Deployment> completion() {
        return completion;
    }

    @Override
    public Deployment awaitCompletion(Duration timeout) {
        Arguments.requireNonNull(timeout, "timeout");
        try {
            return completion.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            Deployment last;
            synchronized (this) {
                last = row;
            }
            throw new DeploymentTimeoutException("the log of " + describe(last) + " did not end within "
                    + timeout.toMillis() + " ms; the follow goes on", last == null ? DeploymentPhase.QUEUED
                    : DeploymentPhase.of(last.status()), last, timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DokployTransportException("interrupted while waiting for a log to end; the follow goes on",
                    DokployTransportException.Kind.INTERRUPTED, null, e);
        } catch (ExecutionException e) {
            Throwable cause = unwrap(e.getCause());
            throw cause instanceof RuntimeException ? (RuntimeException) cause
                    : new DokployException("following the log failed: " + cause, cause);
        }
    }

    @Override
    public void close() {
        completion.cancel(false);
    }

    private void begin(Deployment found) {
        Optional<DeploymentRows> reader = DeploymentRows.of(found);
        synchronized (this) {
            row = found;
            rows = reader.orElse(null);
        }
        if (reader.isEmpty()) {
            fail(new DokployException("deployment " + found.deploymentId() + " names no application, compose,"
                    + " preview, schedule, backup or server: there is no way to tell when it ends"));
            return;
        }
        if (mode == LogFollowMode.POLLING || found.logPath().isEmpty()) {
            mode = LogFollowMode.POLLING;
            pollCycle();
            return;
        }
        track(StreamServer.of(context.caller(), found)).whenComplete((serverId, error) -> {
            if (error != null) {
                synchronized (this) {
                    streamUnavailable(asDokployException(error));
                }
            } else {
                startLive(found, serverId);
            }
        });
    }

    private void startLive(Deployment found, Optional<String> serverId) {
        LiveStream stream = new LiveStream(this, context, ListenUri.of(context.stream().apiRoot(), found.logPath(),
                serverId));
        synchronized (this) {
            if (completion.isDone()) {
                return;
            }
            live = stream;
        }
        stream.open();
        if (DeploymentPhase.of(found.status()).isTerminal()) {
            ended(found);
        } else {
            watchRow();
        }
    }

    /** While the stream runs: polls the row until it is terminal. */
    private void watchRow() {
        track(context.delayer().delay(pace.next())).thenCompose(ignored -> fetchRow()).whenComplete((latest,
                error) -> {
            if (error != null) {
                pollFailed(error, this::watchRow);
                return;
            }
            Deployment now;
            synchronized (this) {
                if (completion.isDone() || mode != LogFollowMode.LIVE || ending) {
                    return;
                }
                failedPolls = 0;
                if (latest.isEmpty()) {
                    now = null;
                } else {
                    row = latest.get();
                    now = row;
                }
            }
            if (now == null) {
                fail(removed());
            } else if (DeploymentPhase.of(now.status()).isTerminal()) {
                ended(now);
            } else {
                watchRow();
            }
        });
    }

    /** The row is terminal while the stream runs: read the whole log once, let the stream catch up, then end. */
    private void ended(Deployment last) {
        synchronized (this) {
            if (ending) {
                return;
            }
            ending = true;
            row = last;
        }
        track(context.deployments().readLogs(last.deploymentId(), FINAL_TAIL))
                .handle((text, error) -> {
                    if (error != null) {
                        LOG.debug("could not read the log of {} at its end: {}", last.deploymentId(), error.toString());
                        return null;
                    }
                    return LogText.parse(text);
                })
                .thenAccept(text -> drain(last, text, -1, 0));
    }

    private void drain(Deployment last, @Nullable LogText text, long countBefore, int round) {
        boolean finish;
        long count;
        synchronized (this) {
            if (completion.isDone()) {
                return;
            }
            count = delivered.count();
            boolean caughtUp = text != null && caughtUp(text);
            boolean streaming = live != null && live.isOpen();
            boolean progressing = round == 0 || count != countBefore;
            finish = caughtUp || !streaming || !progressing || round >= MAX_QUIET_ROUNDS;
        }
        if (finish) {
            finish(last, text);
        } else {
            track(context.delayer().delay(QUIET)).thenRun(() -> drain(last, text, count, round + 1));
        }
    }

    private boolean caughtUp(LogText text) {
        WindowAlignment alignment = WindowAlignment.of(delivered, text.complete(), text.counted() < FINAL_TAIL);
        return !alignment.gap() && alignment.firstNew() == text.complete().size();
    }

    /** Delivers what the stream did not from the final read, closes the stream and completes. */
    private void finish(Deployment last, @Nullable LogText text) {
        synchronized (this) {
            if (completion.isDone()) {
                return;
            }
            LiveStream stream = live;
            live = null;
            String partial = stream == null ? "" : stream.partialLine();
            if (stream != null) {
                stream.close();
            }
            if (text != null) {
                deliverWindow(text.all(), text.counted() < FINAL_TAIL);
            } else if (!partial.isEmpty()) {
                deliver(partial);
            }
            try {
                listener.onEnd(last);
            } catch (RuntimeException e) {
                LOG.warn("a log listener failed at the end of {}", last.deploymentId(), e);
            }
        }
        completion.complete(last);
    }

    /** One round of polling: the row first, then the log, so that a terminal row's log read is complete. */
    private void pollCycle() {
        CompletableFuture<Map.Entry<Optional<Deployment>, String>> cycle = fetchRow().thenCompose(latest ->
                context.deployments().readLogs(currentRow().deploymentId(), POLL_WINDOW)
                        .thenApply(text -> Map.entry(latest, text)));
        track(cycle).whenComplete((result, error) -> {
            if (error != null) {
                pollFailed(error, () -> track(context.delayer().delay(pace.next())).thenRun(this::pollCycle));
            } else {
                polled(result.getKey(), LogText.parse(result.getValue()));
            }
        });
    }

    private void polled(Optional<Deployment> latest, LogText text) {
        Deployment last = null;
        Duration next = null;
        synchronized (this) {
            if (completion.isDone()) {
                return;
            }
            failedPolls = 0;
            latest.ifPresent(r -> row = r);
            boolean terminal = latest.isPresent() && DeploymentPhase.of(latest.get().status()).isTerminal();
            // a terminal row's file is complete, so its last line counts even without its line break
            int fresh = deliverWindow(terminal ? text.all() : text.complete(), text.counted() < POLL_WINDOW);
            if (terminal) {
                last = latest.get();
                try {
                    listener.onEnd(last);
                } catch (RuntimeException e) {
                    LOG.warn("a log listener failed at the end of {}", last.deploymentId(), e);
                }
            } else if (latest.isPresent()) {
                next = pace.afterWindow(fresh, POLL_WINDOW);
            }
        }
        if (last != null) {
            completion.complete(last);
        } else if (next == null) {
            fail(removed());
        } else {
            track(context.delayer().delay(next)).thenRun(this::pollCycle);
        }
    }

    /** Delivers a window's new lines, reporting a gap before them; returns how many were new. Under the lock. */
    private int deliverWindow(List<String> window, boolean wholeFile) {
        WindowAlignment alignment = WindowAlignment.of(delivered, window, wholeFile);
        if (alignment.gap()) {
            try {
                listener.onGap();
            } catch (RuntimeException e) {
                LOG.warn("a log listener failed on a gap", e);
            }
        }
        for (int i = alignment.firstNew(); i < window.size(); i++) {
            deliver(window.get(i));
        }
        return window.size() - alignment.firstNew();
    }

    private CompletableFuture<Optional<Deployment>> fetchRow() {
        DeploymentRows reader;
        synchronized (this) {
            reader = rows;
        }
        return reader == null ? CompletableFuture.completedFuture(Optional.empty())
                : reader.fetch(context.deployments());
    }

    private synchronized Deployment currentRow() {
        if (row == null) {
            throw new IllegalStateException("no row yet");
        }
        return row;
    }

    /** A line of the live stream at this position of the file (each opening starts at the file's first line). */
    void streamLine(long position, String line) {
        synchronized (this) {
            if (!completion.isDone() && delivered.isNew(position)) {
                deliver(line);
            }
        }
    }

    /** The stream cannot be used. Under the lock. */
    void streamUnavailable(DokployException why) {
        live = null;
        if (completion.isDone()) {
            return;
        }
        if (ending) {
            report(why);
            return;
        }
        if (requested == LogFollowMode.AUTO) {
            report(new DokployException("falling back to polling readLogs: " + why.getMessage(), why));
            mode = LogFollowMode.POLLING;
            pollCycle();
        } else {
            fail(why);
        }
    }

    synchronized boolean isEnding() {
        return ending;
    }

    /** Tells the listener of a problem. Under the lock. */
    void report(DokployException problem) {
        LOG.debug("log follow: {}", problem.getMessage());
        try {
            listener.onError(problem);
        } catch (RuntimeException e) {
            LOG.warn("a log listener failed on an error", e);
        }
    }

    private void deliver(String line) {
        delivered.add(line);
        try {
            listener.onLine(line);
        } catch (RuntimeException e) {
            LOG.warn("a log listener failed on a line", e);
        }
    }

    private void pollFailed(Throwable error, Runnable retry) {
        Throwable cause = unwrap(error);
        if (cause instanceof CancellationException || completion.isDone()) {
            return;
        }
        boolean fatal;
        synchronized (this) {
            failedPolls++;
            fatal = !(cause instanceof DokployException) || PollFailures.isPermanent(cause)
                    || failedPolls >= TOLERATED_FAILED_POLLS;
        }
        if (fatal) {
            fail(cause);
        } else {
            LOG.debug("a poll of a log follow failed ({}), trying again", cause.toString());
            retry.run();
        }
    }


    private DeploymentFailedException removed() {
        Deployment last;
        synchronized (this) {
            last = row;
        }
        return new DeploymentFailedException(describe(last) + " was removed before its log ended"
                + " (removeDeployment, or the server's retention of ten rows per service)", DeploymentPhase.REMOVED,
                last, "");
    }

    private void fail(Throwable error) {
        Throwable cause = unwrap(error);
        if (cause instanceof CancellationException || completion.isDone()) {
            return;
        }
        DokployException failure = asDokployException(cause);
        synchronized (this) {
            if (completion.isDone()) {
                return;
            }
            report(failure);
        }
        completion.completeExceptionally(failure);
    }

    private void stopAll() {
        LiveStream stream;
        synchronized (this) {
            stream = live;
            live = null;
        }
        if (stream != null) {
            stream.close();
        }
        pending.forEach(f -> f.cancel(true));
    }

    /** Remembers a step in flight so that closing the follow cancels it. */
    <T> CompletableFuture<T> track(CompletableFuture<T> step) {
        pending.add(step);
        step.whenComplete((value, error) -> pending.remove(step));
        if (completion.isDone()) {
            step.cancel(true);
        }
        return step;
    }

    private static DokployException asDokployException(Throwable error) {
        Throwable cause = unwrap(error);
        return cause instanceof DokployException ? (DokployException) cause
                : new DokployException("following the log failed: " + cause, cause);
    }

    private static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String describe(@Nullable Deployment deployment) {
        return deployment == null ? "the deployment" : "deployment " + deployment.deploymentId();
    }

    @Override
    public synchronized String toString() {
        return "LogFollow{" + describe(row) + ", " + mode + ", " + delivered.count() + " lines"
                + (completion.isDone() ? ", ended" : "") + "}";
    }
}
