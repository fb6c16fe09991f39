package io.github.dokploy4j.internal.logs;

import io.github.dokploy4j.deployment.AsyncLogFollow;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.DeploymentPhase;
import io.github.dokploy4j.deployment.LogFollow;
import io.github.dokploy4j.deployment.LogFollowMode;
import io.github.dokploy4j.error.DeploymentFailedException;
import io.github.dokploy4j.error.DeploymentTimeoutException;
import io.github.dokploy4j.error.DokployException;
import io.github.dokploy4j.internal.SdkLoggers;
import io.github.dokploy4j.internal.call.Arguments;
import io.github.dokploy4j.internal.poll.Backoff;
import io.github.dokploy4j.internal.poll.BlockingWait;
import io.github.dokploy4j.internal.poll.Failures;
import io.github.dokploy4j.internal.poll.ListenerDispatch;
import io.github.dokploy4j.internal.poll.PollFailurePolicy;
import io.github.dokploy4j.internal.poll.PollLoop;
import io.github.dokploy4j.internal.poll.PollLoop.Next;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One follow of a deployment's log, observed poll by poll on a {@link PollLoop}: live, the stream brings the lines and
 * sets the pace at which the row is read for the end ({@link LivePace}); polling, each poll reads the row and then a
 * {@code readLogs} window; at the end, one last read of the log lets it deliver what the stream did not. Every line,
 * gap, error and the end reach the {@link LineOutlet} through one {@link ListenerDispatch}, in order, on the client's
 * executor; a full outlet holds the stream or the polling back. One object is both views of the follow.
 */
final class LogFollowRun implements AsyncLogFollow, LogFollow, PollLoop.Subject<LogFollowRun.Snapshot> {
    /** The {@code tail} of each polled {@code readLogs} window. */
    static final int POLL_WINDOW = 1000;
    /** The {@code tail} of the read that checks, at the end, that the stream delivered everything. */
    static final int FINAL_TAIL = 10_000;
    /** How long the end waits for more of the stream, each round. */
    static final Duration QUIET = Duration.ofMillis(500);
    private static final int MAX_QUIET_ROUNDS = 20;

    /** Where the follow is. */
    private enum Stage { STARTING, LIVE, POLLING, ENDING, OVER }

    /** What one poll read: the row (empty once removed) and a window of the log, when one was read. */
    record Snapshot(Optional<Deployment> row, @Nullable LogText text) {
    }

    private final LogContext context;
    private final LogFollowMode requested;
    private final LineOutlet outlet;
    private final ListenerDispatch dispatch;
    private final PollLoop<Snapshot> loop;
    private final Backoff backoff;
    private final CompletableFuture<Deployment> completion = new CompletableFuture<>();
    /** Guards the fields below; private, so that nobody who holds this follow can hold it too. */
    private final Object lock = new Object();
    private final DeliveredLines delivered = new DeliveredLines();
    private volatile LogFollowMode mode;

    private Stage stage = Stage.STARTING;
    private @Nullable Deployment row;
    private @Nullable DeploymentRows rows;
    private final LivePace live;

    LogFollowRun(LogContext context, LogFollowMode requested, Function<ListenerDispatch, LineOutlet> outlet) {
        this.context = context;
        this.requested = requested;
        this.dispatch = new ListenerDispatch(context.runtime().executor(), SdkLoggers.LOGS);
        this.outlet = outlet.apply(dispatch);
        this.mode = requested == LogFollowMode.POLLING ? LogFollowMode.POLLING : LogFollowMode.LIVE;
        this.backoff = new Backoff(context.runtime().random());
        this.loop = new PollLoop<>("the log follow", this, context.runtime(), PollFailurePolicy.WAIT, SdkLoggers.LOGS);
        this.live = new LivePace(context, loop::pollWithin, new Stream());
        completion.whenComplete((end, error) -> stopAll());
    }

    void start(CompletableFuture<Deployment> lookup) {
        completion.whenComplete((end, error) -> lookup.cancel(true));
        lookup.whenCompleteAsync((found, error) -> {
            if (error != null) {
                fail(error);
            } else {
                begin(found);
            }
        }, context.runtime().executor());
    }

    @Override
    public LogFollowMode mode() {
        return mode;
    }

    @Override
    public long linesDelivered() {
        return delivered.count();
    }

    @Override
    public CompletableFuture<Deployment> completion() {
        return completion;
    }

    @Override
    public Deployment awaitCompletion(Duration timeout) {
        Arguments.requireNonNull(timeout, "timeout");
        if (BlockingWait.completes(completion, timeout, "a log to end; the follow goes on")) {
            return completion.join();
        }
        Deployment last = lastRow();
        throw new DeploymentTimeoutException("the log of " + describe(last) + " did not end within "
                + timeout.toMillis() + " ms; the follow goes on", last == null ? DeploymentPhase.QUEUED
                : DeploymentPhase.of(last.status()), last, timeout);
    }

    @Override
    public LogFollow sync() {
        return this;
    }

    @Override
    public AsyncLogFollow async() {
        return this;
    }

    @Override
    public void close() {
        completion.cancel(false);
    }

    private void begin(Deployment found) {
        Optional<DeploymentRows> reader = DeploymentRows.of(found);
        if (reader.isEmpty()) {
            fail(new DokployException("deployment " + found.deploymentId() + " names no application, compose,"
                    + " preview, schedule, backup or server: there is no way to tell when it ends"));
            return;
        }
        boolean terminal = found.status().isTerminal();
        boolean streams;
        synchronized (lock) {
            if (completion.isDone()) {
                return;
            }
            row = found;
            rows = reader.get();
            boolean liveRefused = requested == LogFollowMode.AUTO && context.runtime().traits().liveLogRefused();
            streams = mode != LogFollowMode.POLLING && !found.logPath().isEmpty() && !liveRefused;
            mode = streams ? mode : LogFollowMode.POLLING;
            stage = !streams ? Stage.POLLING : terminal ? Stage.ENDING : Stage.LIVE;
        }
        LiveLog opening = streams ? live.stream(found, !terminal) : null;
        if (opening != null) {
            opening.open();
        }
        if (terminal || !streams) {
            loop.pollWithin(Duration.ZERO);
        }
        // live, the row is first read at the stream's pace once the server accepted the stream
    }

    @Override
    public CompletableFuture<Snapshot> read() {
        Stage now;
        DeploymentRows reader;
        Deployment last;
        synchronized (lock) {
            now = stage;
            reader = rows;
            last = row;
        }
        if (reader == null || last == null || now == Stage.OVER) {
            return CompletableFuture.completedFuture(new Snapshot(Optional.empty(), null));
        }
        if (now == Stage.ENDING) {
            // the end reads the whole log once, to deliver what the stream may not have
            return context.deployments().readLogs(last.deploymentId(), FINAL_TAIL).handle((text, error) -> {
                if (error != null) {
                    SdkLoggers.LOGS.debug("could not read the log of {} at its end: {}", last.deploymentId(),
                            error.toString());
                }
                return new Snapshot(Optional.of(last), error == null ? LogText.parse(text) : null);
            });
        }
        CompletableFuture<Optional<Deployment>> latest = reader.fetch(context.deployments());
        if (now != Stage.POLLING) {
            return latest.thenApply(seen -> new Snapshot(seen, null));
        }
        // the row first, then the log: a terminal row's log read after it is complete
        return latest.thenCompose(seen -> context.deployments().readLogs(last.deploymentId(), POLL_WINDOW)
                .thenApply(text -> new Snapshot(seen, LogText.parse(text))));
    }

    @Override
    public @Nullable Next postpone() {
        Duration later = currentStage() == Stage.LIVE ? live.postpone() : null;
        return later == null ? null : Next.in(later);
    }

    @Override
    public Next observe(Snapshot snapshot) {
        Stage now;
        synchronized (lock) {
            now = stage;
            if (now != Stage.ENDING) {
                snapshot.row().ifPresent(latest -> row = latest);
            }
        }
        if (now == Stage.OVER || completion.isDone()) {
            return Next.done();
        }
        if (now == Stage.ENDING) {
            // no more polls: the end waits, in real time, for the stream to catch up with the final read
            dispatch.then(() -> endRound(snapshot.text(), 1, -1));
            return Next.done();
        }
        if (snapshot.row().isEmpty()) {
            fail(removed());
            return Next.done();
        }
        Deployment latest = snapshot.row().get();
        boolean terminal = latest.status().isTerminal();
        LogText text = snapshot.text();
        if (now == Stage.POLLING && text == null) {
            return Next.in(Duration.ZERO); // read while still live: the window follows at once
        }
        if (now == Stage.POLLING) {
            // a terminal row's file is complete, so its last line counts even without its line break
            List<String> window = terminal ? text.all() : text.complete();
            dispatch.then(() -> {
                WindowAlignment alignment = WindowAlignment.of(delivered, window, text.counted() < POLL_WINDOW);
                int fresh = window.size() - alignment.firstNew();
                return deliverWindow(window, alignment).thenRun(() -> {
                    if (terminal) {
                        finish(latest);
                    } else {
                        // the next window is read once this one was taken: a full outlet holds the polling back
                        loop.pollWithin(windowPace(fresh));
                    }
                });
            });
            return Next.idle();
        }
        if (terminal) {
            synchronized (lock) {
                stage = Stage.ENDING;
            }
            return Next.in(Duration.ZERO);
        }
        Duration wait = live.afterRead();
        return wait == null ? Next.idle() : Next.in(wait);
    }

    @Override
    public void failed(RuntimeException failure) {
        fail(failure);
    }

    /** The wait before the next window: back to half when it came back more than half new, else backing off. */
    private Duration windowPace(int fresh) {
        synchronized (lock) {
            if (fresh > POLL_WINDOW / 2) {
                return backoff.faster();
            }
            return fresh > POLL_WINDOW / 4 ? backoff.same() : backoff.slower();
        }
    }

    /**
     * One round of the end: has the stream caught up with the final read ({@code null} when it could not be read),
     * or stopped bringing lines? Rounds are {@link #QUIET} apart in real time, even when the client's waits run in a
     * test's fake time: they wait for the network, not for the server. On the dispatch.
     */
    private CompletableFuture<Void> endRound(@Nullable LogText text, int round, long countBefore) {
        boolean streaming = live.connected();
        long count = delivered.count();
        // without a final read (a server before readLogs) the stream is all there is: wait until it brought something
        boolean progressing = round == 1 || count != countBefore || text == null && count == 0;
        if (text != null && caughtUp(text) || !streaming || !progressing || round >= MAX_QUIET_ROUNDS) {
            return finishDelivery(text);
        }
        context.runtime().timer().delay(QUIET).whenComplete((ignored, clientClosed) -> {
            if (clientClosed == null) {
                dispatch.then(() -> endRound(text, round + 1, count));
            } else {
                fail(new DokployException("the client was closed while the log's end was read", clientClosed));
            }
        });
        return CompletableFuture.completedFuture(null);
    }

    private boolean caughtUp(LogText text) {
        WindowAlignment alignment = WindowAlignment.of(delivered, text.complete(), text.counted() < FINAL_TAIL);
        return !alignment.gap() && alignment.firstNew() == text.complete().size();
    }

    /** Delivers what the stream did not from the final read, closes the stream and completes. On the dispatch. */
    private CompletableFuture<Void> finishDelivery(@Nullable LogText text) {
        String partial = live.partialLine();
        live.close();
        CompletableFuture<Void> rest = text != null
                ? deliverWindow(text.all(), WindowAlignment.of(delivered, text.all(), text.counted() < FINAL_TAIL))
                : partial.isEmpty() ? CompletableFuture.completedFuture(null) : deliverLines(List.of(partial), 0, -1);
        return rest.thenRun(() -> finish(lastRow()));
    }

    /** The end: tells the outlet and completes. On the dispatch. */
    private void finish(@Nullable Deployment last) {
        synchronized (lock) {
            if (stage == Stage.OVER) {
                return;
            }
            stage = Stage.OVER;
        }
        outlet.end(last);
        completion.complete(last);
    }

    /** Delivers a window's new lines, reporting a gap before them. On the dispatch. */
    private CompletableFuture<Void> deliverWindow(List<String> window, WindowAlignment alignment) {
        if (alignment.gap()) {
            outlet.gap();
        }
        return deliverLines(window, alignment.firstNew(), -1);
    }

    /**
     * Delivers lines from {@code from} on, waiting for room when the outlet is full. A line of the live stream carries
     * its position in the file ({@code firstPosition + i}) and is skipped when it was delivered before; a window's
     * lines ({@code firstPosition} -1) are new by construction. On the dispatch.
     */
    private CompletableFuture<Void> deliverLines(List<String> lines, int from, long firstPosition) {
        for (int i = from; i < lines.size(); i++) {
            if (completion.isDone()) {
                return CompletableFuture.completedFuture(null);
            }
            if (firstPosition >= 0 && !delivered.isNew(firstPosition + i)) {
                continue;
            }
            if (!outlet.offer(lines.get(i))) {
                int next = i;
                return outlet.room().thenComposeAsync(ignored -> deliverLines(lines, next, firstPosition),
                        context.runtime().executor());
            }
            delivered.add(lines.get(i));
        }
        return CompletableFuture.completedFuture(null);
    }

    /** What the live stream brings. */
    private final class Stream implements LiveLogSink {
        @Override
        public CompletableFuture<Void> message(String text, long firstPosition, List<String> lines) {
            return dispatch.then(() -> deliverLines(lines, 0, firstPosition));
        }

        @Override
        public void problem(DokployException problem) {
            report(problem);
        }

        @Override
        public void unavailable(DokployException why) {
            Stage was;
            synchronized (lock) {
                was = stage;
                if (was == Stage.LIVE && requested == LogFollowMode.AUTO) {
                    mode = LogFollowMode.POLLING;
                    stage = Stage.POLLING;
                }
            }
            if (was != Stage.LIVE) {
                report(why); // the end is being read already: the final read covers what the stream missed
            } else if (requested == LogFollowMode.AUTO) {
                report(new DokployException("falling back to polling readLogs: " + why.getMessage(), why));
                loop.pollWithin(Duration.ZERO);
            } else {
                fail(why);
            }
        }
    }

    private void report(DokployException problem) {
        SdkLoggers.LOGS.debug("log follow: {}", problem.getMessage());
        unlessOver(() -> outlet.error(problem));
    }

    private DeploymentFailedException removed() {
        Deployment last = lastRow();
        return new DeploymentFailedException(describe(last) + " was removed before its log ended"
                + " (removeDeployment, or the server's retention of ten rows per service)", DeploymentPhase.REMOVED,
                last, "");
    }

    private void fail(Throwable error) {
        if (Failures.cause(error) instanceof CancellationException || completion.isDone()) {
            return;
        }
        DokployException failure = Failures.asDokployException("following the log", error);
        synchronized (lock) {
            stage = Stage.OVER;
        }
        unlessOver(() -> {
            outlet.error(failure);
            completion.completeExceptionally(failure);
        });
    }

    /** Tells the outlet something after what it was told before, unless the follow is over by then. */
    private void unlessOver(Runnable call) {
        dispatch.then(() -> {
            if (!completion.isDone()) {
                call.run();
            }
            return CompletableFuture.completedFuture(null);
        });
    }

    private void stopAll() {
        synchronized (lock) {
            stage = Stage.OVER;
        }
        live.close();
        loop.close();
    }

    private Stage currentStage() {
        synchronized (lock) {
            return stage;
        }
    }

    private @Nullable Deployment lastRow() {
        synchronized (lock) {
            return row;
        }
    }

    private static String describe(@Nullable Deployment deployment) {
        return deployment == null ? "the deployment" : "deployment " + deployment.deploymentId();
    }

    @Override
    public String toString() {
        return "LogFollow{" + describe(lastRow()) + ", " + mode + ", " + delivered.count() + " lines"
                + (completion.isDone() ? ", ended" : "") + "}";
    }
}
