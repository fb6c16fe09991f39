package io.github.dokploy4j.internal.lifecycle;

import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.DeploymentEvent;
import io.github.dokploy4j.deployment.DeploymentEventListener;
import io.github.dokploy4j.deployment.DeploymentPhase;
import io.github.dokploy4j.deployment.QueueJob;
import io.github.dokploy4j.error.DeploymentFailedException;
import io.github.dokploy4j.error.DeploymentTimeoutException;
import io.github.dokploy4j.error.DokployException;
import io.github.dokploy4j.internal.SdkLoggers;
import io.github.dokploy4j.internal.logs.LiveLog;
import io.github.dokploy4j.internal.logs.LiveLogSink;
import io.github.dokploy4j.internal.logs.LivePace;
import io.github.dokploy4j.internal.poll.ListenerDispatch;
import io.github.dokploy4j.internal.poll.PollFailurePolicy;
import io.github.dokploy4j.internal.poll.PollLoop;
import io.github.dokploy4j.internal.poll.PollLoop.Next;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * What a handle sees of one triggered deploy, observed poll by poll on a {@link PollLoop}: its phase, its row, its
 * job, and the waits and listeners that depend on them. It polls only while someone waits or listens. Until the row
 * exists each poll lists the service's rows, and reads the queue while they do not hold the deploy's tagged row; the
 * {@link Correlator} decides which row is this deploy's, and {@link LostJobCheck} whether its job was lost. Once the
 * build runs, the row's log streams live and sets the pace of the reads ({@link LivePace}).
 */
final class DeploymentTracker implements PollLoop.Subject<DeploymentTracker.Snapshot> {
    /** What one poll read: the service's rows, the queue when it was read, whether anything builds when asked. */
    record Snapshot(List<Deployment> rows, Optional<List<QueueJob>> queue, Optional<Boolean> building) {
    }

    private final LifecycleContext context;
    private final ServiceRef service;
    private final Correlator correlator;
    private final PollLoop<Snapshot> loop;
    private final ListenerDispatch dispatch;
    private final LostJobCheck lostJob;
    private final LivePace live;
    private final FailureLog failureLog;

    private DeploymentPhase phase = DeploymentPhase.QUEUED;
    private @Nullable Deployment row;
    private @Nullable QueueJob job;
    private @Nullable RuntimeException failure;
    private final List<Waiter> waiters = new ArrayList<>();
    private final List<DeploymentEventListener> listeners = new ArrayList<>();
    private boolean closed;
    private boolean idle = true;
    private boolean droppedByCancel;

    DeploymentTracker(LifecycleContext context, ServiceRef service, Correlator correlator) {
        this.context = context;
        this.service = service;
        this.correlator = correlator;
        this.lostJob = new LostJobCheck(context, service);
        this.failureLog = new FailureLog(context);
        this.dispatch = new ListenerDispatch(context.runtime().executor(), SdkLoggers.LIFECYCLE);
        this.loop = new PollLoop<>(service.toString(), this, context.runtime(), PollFailurePolicy.WAIT,
                SdkLoggers.LIFECYCLE);
        // the stream's deadline-free pace is bounded by the waits' deadlines, like every other schedule
        this.live = new LivePace(context.logs(), soon -> loop.pollWithin(untilDeadline(soon)), new Liveness());
    }

    ServiceRef service() {
        return service;
    }

    LifecycleContext context() {
        return context;
    }

    synchronized DeploymentPhase phase() {
        return phase;
    }

    synchronized Optional<Deployment> row() {
        return Optional.ofNullable(row);
    }

    synchronized Optional<QueueJob> job() {
        return Optional.ofNullable(job);
    }

    /** Waits for a goal; the future fails with the SDK's exceptions, and cancelling it withdraws the wait. */
    CompletableFuture<@Nullable Deployment> await(Goal goal, Duration timeout) {
        Instant now = context.runtime().clock().instant();
        Waiter waiter = new Waiter(goal, timeout, now.plus(timeout));
        List<Runnable> resolutions;
        boolean wake;
        boolean waiting;
        synchronized (this) {
            if (closed) {
                waiter.result.cancel(false);
                return waiter.result;
            }
            waiters.add(waiter);
            resolutions = settle(now, false);
            wake = idle || goal == Goal.NEXT_OBSERVATION;
            waiting = waiters.contains(waiter);
        }
        waiter.result.whenComplete((value, error) -> {
            if (waiter.result.isCancelled()) {
                withdraw(waiter);
            }
        });
        resolve(resolutions);
        if (waiting && wake) {
            loop.pollWithin(Duration.ZERO);
        } else if (waiting) {
            loop.hasten(timeout); // while the stream opens no poll is scheduled: its deadline is checked after
        }
        return waiter.result;
    }

    void addListener(DeploymentEventListener listener) {
        DeploymentEvent current;
        boolean wake;
        synchronized (this) {
            listeners.add(listener);
            current = new DeploymentEvent(phase, null, service.type(), service.id(), row, job,
                    context.runtime().clock().instant());
            wake = idle && wantsPolling();
        }
        deliver(List.of(listener), List.of(current));
        if (wake) {
            loop.pollWithin(Duration.ZERO);
        }
    }

    /** The handle's own cancel dropped the service's waiting jobs: unless the row shows up, the deploy is over. */
    synchronized void droppedByCancel() {
        droppedByCancel = true;
    }

    void close() {
        List<Waiter> pending;
        synchronized (this) {
            closed = true;
            pending = new ArrayList<>(waiters);
            waiters.clear();
            listeners.clear();
        }
        live.close();
        loop.close();
        pending.forEach(w -> w.result.cancel(false));
    }

    private synchronized void withdraw(Waiter waiter) {
        waiters.remove(waiter);
    }

    private boolean wantsPolling() {
        return !closed && failure == null && !phase.isTerminal() && (!waiters.isEmpty() || !listeners.isEmpty());
    }

    @Override
    public CompletableFuture<Snapshot> read() {
        boolean findsRowOnly;
        synchronized (this) {
            findsRowOnly = row != null || phase != DeploymentPhase.QUEUED;
            idle = false;
        }
        return service.listDeployments(context.deployments()).thenCompose(rows -> {
            if (findsRowOnly || correlator.tagIn(rows)) {
                return CompletableFuture.completedFuture(new Snapshot(rows, Optional.empty(), Optional.empty()));
            }
            return context.queue().read().thenCompose(queue -> lostJob.probe(queue)
                    .thenApply(building -> new Snapshot(rows, queue, building)));
        });
    }

    @Override
    public Next observe(Snapshot snapshot) {
        List<DeploymentEvent> events = new ArrayList<>();
        List<DeploymentEventListener> audience;
        List<Runnable> resolutions;
        Next next;
        LiveLog opening;
        synchronized (this) {
            if (closed) {
                return Next.done();
            }
            DeploymentPhase seen = phaseIn(snapshot);
            if (seen != phase) {
                events.add(new DeploymentEvent(seen, phase, service.type(), service.id(), row, job,
                        context.runtime().clock().instant()));
                SdkLoggers.LIFECYCLE.debug("{}: {} -> {}{}", service, phase, seen,
                        row == null ? "" : " (deployment " + row.deploymentId() + ")");
                phase = seen;
            }
            Instant now = context.runtime().clock().instant();
            resolutions = settle(now, true);
            boolean streams = row != null && phase == DeploymentPhase.RUNNING && wantsPolling()
                    && !row.logPath().isEmpty() && !context.runtime().traits().liveLogRefused();
            opening = streams ? live.stream(row, true) : null;
            next = schedule(now);
            audience = List.copyOf(listeners);
        }
        deliver(audience, events);
        resolve(resolutions);
        if (opening != null) {
            opening.open();
        }
        return next;
    }

    /** The phase this snapshot shows. Under the lock. */
    private DeploymentPhase phaseIn(Snapshot snapshot) {
        if (row != null) {
            String id = row.deploymentId();
            Optional<Deployment> latest = snapshot.rows().stream().filter(r -> r.deploymentId().equals(id))
                    .findFirst();
            latest.ifPresent(r -> row = r);
            return latest.map(r -> DeploymentPhase.of(r.status())).orElse(DeploymentPhase.REMOVED);
        }
        boolean queueKnown = snapshot.queue().isPresent();
        boolean jobQueued = false;
        if (queueKnown) {
            Optional<QueueJob> own = correlator.observeQueue(snapshot.queue().get());
            jobQueued = own.isPresent();
            job = own.orElse(job);
        }
        Optional<Deployment> match = correlator.match(snapshot.rows(), queueKnown);
        if (match.isPresent()) {
            row = match.get();
            return DeploymentPhase.of(row.status());
        }
        if (droppedByCancel) {
            return DeploymentPhase.CANCELLED;
        }
        boolean jobAbsent = queueKnown && !jobQueued && (correlator.ownJobSeen() || !correlator.serviceJobsQueued());
        DeploymentFailedException lost = lostJob.observe(queueKnown, jobAbsent, snapshot.building());
        failure = lost == null ? failure : lost;
        return DeploymentPhase.QUEUED;
    }

    /** When to poll next. Under the lock. */
    private Next schedule(Instant now) {
        if (!wantsPolling()) {
            if (!failureLog.reading()) {
                live.close(); // else once the failure's log was read from it
            }
            idle = !closed && failure == null && !phase.isTerminal();
            return idle ? Next.idle() : Next.done();
        }
        idle = false;
        Duration wait = live.afterRead(); // none while the stream is being opened: its outcome schedules the read
        return wait == null ? Next.idle() : Next.in(untilDeadline(now, wait));
    }

    private synchronized Duration untilDeadline(Duration wait) {
        return untilDeadline(context.runtime().clock().instant(), wait);
    }

    private Duration untilDeadline(Instant now, Duration wait) {
        Duration shortest = wait;
        for (Waiter waiter : waiters) {
            Duration left = Duration.between(now, waiter.deadline);
            if (left.compareTo(shortest) < 0) {
                shortest = left;
            }
        }
        return shortest;
    }

    @Override
    public @Nullable Next postpone() {
        List<Runnable> resolutions;
        Next answer;
        synchronized (this) {
            Instant now = context.runtime().clock().instant();
            resolutions = settle(now, false);
            if (!wantsPolling()) {
                answer = schedule(now);
            } else {
                Duration later = waiters.stream().anyMatch(w -> w.goal == Goal.NEXT_OBSERVATION)
                        ? null : live.postpone();
                answer = later == null ? null : Next.in(untilDeadline(now, later));
            }
        }
        resolve(resolutions);
        return answer;
    }

    @Override
    public void failed(RuntimeException error) {
        List<Runnable> resolutions;
        synchronized (this) {
            failure = error;
            resolutions = settle(context.runtime().clock().instant(), true);
        }
        live.close();
        resolve(resolutions);
    }

    /** What the live stream tells the tracker besides its pace: its lines, for a failure's log. */
    private final class Liveness implements LiveLogSink {
        @Override
        public CompletableFuture<Void> message(String text, long firstPosition, List<String> lines) {
            failureLog.streamed(firstPosition, lines);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void problem(DokployException problem) {
            SdkLoggers.LIFECYCLE.debug("{}: {}", service, problem.getMessage());
        }

        @Override
        public void unavailable(DokployException why) {
            SdkLoggers.LIFECYCLE.debug("{}: polling without the live log: {}", service, why.getMessage());
            loop.pollWithin(live.plain());
        }
    }

    /** Resolves the waiters that can be. Under the lock; the returned actions run outside it. */
    private List<Runnable> settle(Instant now, boolean afterPoll) {
        List<Runnable> resolutions = new ArrayList<>();
        for (Iterator<Waiter> it = waiters.iterator(); it.hasNext();) {
            Waiter waiter = it.next();
            Runnable resolution = resolve(waiter, now, afterPoll);
            if (resolution != null) {
                it.remove();
                resolutions.add(resolution);
            }
        }
        return resolutions;
    }

    /** What to do with a waiter now, or {@code null} to keep it waiting. Under the lock. */
    private @Nullable Runnable resolve(Waiter waiter, Instant now, boolean afterPoll) {
        RuntimeException error = failure;
        if (waiter.goal == Goal.NEXT_OBSERVATION) {
            // once the deployment ended or polling failed no poll will come: answer with what is known
            if (afterPoll || phase.isTerminal()) {
                Deployment seen = row;
                return () -> waiter.result.complete(seen);
            }
            return error == null ? null : () -> waiter.result.completeExceptionally(error);
        }
        if (row != null && waiter.goal == Goal.ROW_EXISTS) {
            Deployment seen = row;
            return () -> waiter.result.complete(seen);
        }
        if (phase.isTerminal()) {
            return ended(waiter);
        }
        if (error != null) {
            return () -> waiter.result.completeExceptionally(error);
        }
        if (!now.isBefore(waiter.deadline)) {
            DeploymentTimeoutException timeout = new DeploymentTimeoutException(describeWait(waiter), phase, row,
                    waiter.timeout);
            return () -> waiter.result.completeExceptionally(timeout);
        }
        return null;
    }

    private Runnable ended(Waiter waiter) {
        Deployment last = row;
        DeploymentPhase end = phase;
        if (end == DeploymentPhase.REMOVED || last == null) {
            String what = end == DeploymentPhase.REMOVED
                    ? "was removed before it could be followed to its end (removeDeployment, or the server's"
                            + " retention of ten rows per service)"
                    : "was dropped from the queue before it started (cleanQueues)";
            DeploymentFailedException error = new DeploymentFailedException("the deployment of " + service + " "
                    + what, end, last, "");
            return () -> waiter.result.completeExceptionally(error);
        }
        if (waiter.goal == Goal.SUCCEEDED && end != DeploymentPhase.DONE) {
            CompletableFuture<String> log = failureLog.of(last, live::streaming);
            log.whenComplete((lines, error) -> live.close());
            return () -> log.thenAccept(lines -> waiter.result.completeExceptionally(new DeploymentFailedException(
                    "deployment " + last.deploymentId() + " of " + service + " ended " + last.status().wireValue()
                            + last.errorMessage().map(m -> ": " + m).orElse(""), end, last, lines)));
        }
        return () -> waiter.result.complete(last);
    }

    private String describeWait(Waiter waiter) {
        String goal = waiter.goal == Goal.ROW_EXISTS ? "its deployment row"
                : waiter.goal == Goal.SUCCEEDED ? "its success" : "its end";
        StringBuilder text = new StringBuilder("the deploy of ").append(service).append(" did not reach ")
                .append(goal).append(" within ").append(waiter.timeout.toMillis()).append(" ms; last seen: ")
                .append(phase);
        if (row != null) {
            text.append(", deployment ").append(row.deploymentId());
        } else if (job != null) {
            text.append(", job ").append(job.id()).append(' ').append(job.state().wireValue());
        }
        return text.toString();
    }

    /**
     * Completes waits after the listener calls asked for before them, on the client's executor: a wait that returns
     * on a phase returns after the phase listeners heard of it.
     */
    private void resolve(List<Runnable> resolutions) {
        for (Runnable resolution : resolutions) {
            dispatch.submit(this, "the end of a wait", resolution);
        }
    }

    private void deliver(List<DeploymentEventListener> audience, List<DeploymentEvent> events) {
        for (DeploymentEvent event : events) {
            for (DeploymentEventListener listener : audience) {
                dispatch.submit(listener, event.toString(), () -> listener.onEvent(event));
            }
        }
    }
}
