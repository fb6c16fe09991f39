package io.github.dokploy4j.internal.lifecycle;

import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.DeploymentEvent;
import io.github.dokploy4j.deployment.DeploymentEventListener;
import io.github.dokploy4j.deployment.DeploymentPhase;
import io.github.dokploy4j.deployment.QueueJob;
import io.github.dokploy4j.error.DeploymentFailedException;
import io.github.dokploy4j.error.DeploymentTimeoutException;
import io.github.dokploy4j.error.DokployException;
import io.github.dokploy4j.internal.call.PollFailures;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import io.github.dokploy4j.internal.SdkLoggers;

/**
 * Follows one triggered deploy to its end. Polls only while someone waits or listens, one poll at a time, on the
 * injected delayer and clock (so no thread is parked and tests need no real time). Each poll reads the queue while
 * the deployment is queued, then the service's rows; the {@link Correlator} decides which row is this deploy's.
 */
final class DeploymentTracker {
    private static final Logger LOG = SdkLoggers.LIFECYCLE;
    /** Polls in a row that may fail (network, 5xx) before the waits fail with the last error. */
    private static final int TOLERATED_FAILED_POLLS = 3;
    /** Reads of the queue in a row without the job and without a row before the job counts as lost. */
    private static final int ABSENT_READS_BEFORE_LOST = 2;
    /** How many log lines a failed deployment's exception carries. */
    static final int LOG_LINES_ON_FAILURE = 50;

    private final LifecycleContext context;
    private final ServiceRef service;
    private final Correlator correlator;

    private DeploymentPhase phase = DeploymentPhase.QUEUED;
    private @Nullable Deployment row;
    private @Nullable QueueJob job;
    private @Nullable RuntimeException failure;
    private final List<Waiter> waiters = new ArrayList<>();
    private final List<DeploymentEventListener> listeners = new ArrayList<>();
    private boolean polling;
    private boolean closed;
    private boolean queueReadable = true;
    private boolean droppedFromQueue;
    private int failedPolls;
    private int absentReads;
    private @Nullable Duration interval;
    private @Nullable CompletableFuture<?> inFlight;
    private @Nullable CompletableFuture<String> failureLog;

    DeploymentTracker(LifecycleContext context, ServiceRef service, Correlator correlator) {
        this.context = context;
        this.service = service;
        this.correlator = correlator;
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
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must not be negative, was " + timeout);
        }
        Waiter waiter = new Waiter(goal, timeout, context.clock().instant().plus(timeout));
        synchronized (this) {
            if (closed) {
                waiter.result.cancel(false);
                return waiter.result;
            }
            waiters.add(waiter);
        }
        waiter.result.whenComplete((value, error) -> {
            if (waiter.result.isCancelled()) {
                withdraw(waiter);
            }
        });
        settle(false);
        ensurePolling();
        return waiter.result;
    }

    void addListener(DeploymentEventListener listener) {
        DeploymentEvent current;
        synchronized (this) {
            listeners.add(listener);
            current = new DeploymentEvent(phase, null, service.type(), service.id(), row, job,
                    context.clock().instant());
        }
        deliver(List.of(listener), List.of(current));
        ensurePolling();
    }

    /** The queue job was dropped by {@code cleanQueues}: its absence now means cancelled, not lost. */
    synchronized void markDroppedFromQueue() {
        droppedFromQueue = true;
    }

    void close() {
        List<Waiter> pending;
        CompletableFuture<?> running;
        synchronized (this) {
            closed = true;
            pending = new ArrayList<>(waiters);
            waiters.clear();
            listeners.clear();
            running = inFlight;
        }
        if (running != null) {
            running.cancel(true);
        }
        pending.forEach(w -> w.result.cancel(false));
    }

    private void withdraw(Waiter waiter) {
        CompletableFuture<?> stop = null;
        synchronized (this) {
            waiters.remove(waiter);
            if (waiters.isEmpty() && listeners.isEmpty() && polling) {
                polling = false;
                stop = inFlight;
            }
        }
        if (stop != null) {
            stop.cancel(true);
        }
    }

    private void ensurePolling() {
        synchronized (this) {
            if (polling || !wantsPolling()) {
                return;
            }
            polling = true;
        }
        poll();
    }

    private boolean wantsPolling() {
        return !closed && failure == null && !phase.isTerminal() && (!waiters.isEmpty() || !listeners.isEmpty());
    }

    private void poll() {
        boolean readQueue;
        synchronized (this) {
            if (!polling) {
                return; // every wait was withdrawn while the delay ran
            }
            readQueue = queueReadable && phase == DeploymentPhase.QUEUED;
        }
        CompletableFuture<Optional<List<QueueJob>>> queue = readQueue
                ? context.deployments().queueList().thenApply(Optional::of).exceptionally(this::queueUnavailable)
                : CompletableFuture.completedFuture(Optional.empty());
        CompletableFuture<Void> cycle = queue.thenCompose(jobs -> service.listDeployments(context.deployments())
                .thenAccept(rows -> observe(jobs, rows)));
        synchronized (this) {
            inFlight = cycle;
        }
        cycle.whenComplete((ignored, error) -> {
            if (error != null) {
                Throwable cause = unwrap(error);
                if (cause instanceof CancellationException) {
                    return;
                }
                pollFailed(cause);
            }
            settle(true);
        });
    }

    /** Without a queue to read ({@link QueueReads}) poll the rows alone; anything else fails the poll. */
    private Optional<List<QueueJob>> queueUnavailable(Throwable error) {
        if (QueueReads.meansNoQueue(error)) {
            synchronized (this) {
                queueReadable = false;
            }
            return Optional.empty();
        }
        Throwable cause = unwrap(error);
        throw cause instanceof RuntimeException ? (RuntimeException) cause : new CompletionException(cause);
    }


    private void observe(Optional<List<QueueJob>> jobs, List<Deployment> rows) {
        List<DeploymentEvent> events = new ArrayList<>();
        List<DeploymentEventListener> audience;
        synchronized (this) {
            failedPolls = 0;
            boolean queueKnown = jobs.isPresent();
            boolean jobQueued = false;
            if (queueKnown) {
                Optional<QueueJob> own = correlator.observeQueue(jobs.get());
                jobQueued = own.isPresent();
                job = own.orElse(null);
            }
            DeploymentPhase next;
            if (row != null) {
                String id = row.deploymentId();
                Optional<Deployment> latest = rows.stream().filter(r -> r.deploymentId().equals(id)).findFirst();
                latest.ifPresent(r -> row = r);
                next = latest.map(r -> DeploymentPhase.of(r.status())).orElse(DeploymentPhase.REMOVED);
            } else {
                Optional<Deployment> match = correlator.match(rows, queueKnown);
                if (match.isPresent()) {
                    row = match.get();
                    next = DeploymentPhase.of(row.status());
                } else if (queueKnown && !jobQueued && (correlator.ownJobSeen() || !correlator.serviceJobsQueued())) {
                    next = droppedFromQueue ? DeploymentPhase.CANCELLED : jobAbsent();
                } else {
                    absentReads = 0;
                    next = DeploymentPhase.QUEUED;
                }
            }
            if (next != phase) {
                events.add(new DeploymentEvent(next, phase, service.type(), service.id(), row, job,
                        context.clock().instant()));
                LOG.debug("{}: {} -> {}{}", service, phase, next,
                        row == null ? "" : " (deployment " + row.deploymentId() + ")");
                phase = next;
            }
            audience = List.copyOf(listeners);
        }
        deliver(audience, events);
    }

    private DeploymentPhase jobAbsent() {
        absentReads++;
        if (absentReads >= ABSENT_READS_BEFORE_LOST) {
            failure = new DeploymentFailedException("the deploy of " + service + " left the queue without producing a"
                    + " deployment: the server restarted and lost its queue, or the queue was cleaned"
                    + " (cleanQueues)", DeploymentPhase.QUEUED, null, "");
        }
        return DeploymentPhase.QUEUED;
    }

    private void pollFailed(Throwable cause) {
        synchronized (this) {
            failedPolls++;
            boolean fatal = !(cause instanceof DokployException) || PollFailures.isPermanent(cause)
                    || failedPolls >= TOLERATED_FAILED_POLLS;
            LOG.debug("{}: poll failed ({} in a row{}): {}", service, failedPolls, fatal ? ", giving up" : "",
                    cause.toString());
            if (fatal) {
                failure = cause instanceof RuntimeException ? (RuntimeException) cause
                        : new DokployException("polling " + service + " failed: " + cause, cause);
            }
        }
    }


    /** Resolves the waiters that can be, and schedules the next poll when anyone still needs one. */
    private void settle(boolean afterPoll) {
        List<Runnable> resolutions = new ArrayList<>();
        Duration delay = null;
        synchronized (this) {
            Instant now = context.clock().instant();
            for (Iterator<Waiter> it = waiters.iterator(); it.hasNext();) {
                Waiter waiter = it.next();
                Runnable resolution = resolve(waiter, now, afterPoll);
                if (resolution != null) {
                    it.remove();
                    resolutions.add(resolution);
                }
            }
            if (afterPoll) {
                if (wantsPolling()) {
                    delay = nextDelay(now);
                } else {
                    polling = false;
                }
            }
        }
        resolutions.forEach(Runnable::run);
        if (delay != null) {
            CompletableFuture<Void> wait = context.delayer().delay(delay);
            synchronized (this) {
                if (!polling) {
                    return;
                }
                inFlight = wait;
            }
            wait.thenRun(this::poll);
        }
    }

    private Duration nextDelay(Instant now) {
        interval = interval == null ? context.schedule().initial() : context.schedule().next(interval);
        Duration delay = context.schedule().jittered(interval, context.random());
        for (Waiter waiter : waiters) {
            Duration left = Duration.between(now, waiter.deadline);
            if (left.compareTo(delay) < 0) {
                delay = left.isNegative() ? Duration.ZERO : left;
            }
        }
        return delay;
    }

    /** What to do with a waiter now, or {@code null} to keep it waiting. Called under the lock. */
    private @Nullable Runnable resolve(Waiter waiter, Instant now, boolean afterPoll) {
        if (waiter.goal == Goal.NEXT_OBSERVATION) {
            // once the deployment ended or polling failed no poll will come: answer with what is known
            if (afterPoll || phase.isTerminal()) {
                return complete(waiter, row);
            }
            if (failure != null) {
                RuntimeException error = failure;
                return () -> waiter.result.completeExceptionally(error);
            }
            return null;
        }
        if (row != null && waiter.goal == Goal.ROW_EXISTS) {
            return complete(waiter, row);
        }
        if (phase.isTerminal()) {
            return ended(waiter);
        }
        if (failure != null) {
            RuntimeException error = failure;
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
                    : "was dropped from the queue before it started";
            DeploymentFailedException error = new DeploymentFailedException("the deployment of " + service + " "
                    + what, end, last, "");
            return () -> waiter.result.completeExceptionally(error);
        }
        if (waiter.goal == Goal.SUCCEEDED && end != DeploymentPhase.DONE) {
            CompletableFuture<String> log = failureLog(last);
            return () -> log.thenAccept(lines -> waiter.result.completeExceptionally(new DeploymentFailedException(
                    "deployment " + last.deploymentId() + " of " + service + " ended " + last.status().wireValue()
                            + last.errorMessage().map(m -> ": " + m).orElse(""), end, last, lines)));
        }
        return complete(waiter, last);
    }

    private static Runnable complete(Waiter waiter, @Nullable Deployment value) {
        return () -> waiter.result.complete(value);
    }

    /** Reads the end of a failed deployment's log once, for the exception; a failure to read it gives no lines. */
    private CompletableFuture<String> failureLog(Deployment failed) {
        if (failureLog == null) {
            failureLog = failed.logPath().isEmpty() ? CompletableFuture.completedFuture("")
                    : context.deployments().readLogs(failed.deploymentId(), LOG_LINES_ON_FAILURE)
                            .exceptionally(error -> {
                                LOG.debug("could not read the log of {}: {}", failed.deploymentId(), error.toString());
                                return "";
                            });
        }
        return failureLog;
    }

    private String describeWait(Waiter waiter) {
        String goal;
        switch (waiter.goal) {
            case ROW_EXISTS:
                goal = "its deployment row";
                break;
            case SUCCEEDED:
                goal = "its success";
                break;
            default:
                goal = "its end";
                break;
        }
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

    private void deliver(List<DeploymentEventListener> audience, List<DeploymentEvent> events) {
        for (DeploymentEvent event : events) {
            for (DeploymentEventListener listener : audience) {
                try {
                    listener.onEvent(event);
                } catch (RuntimeException e) {
                    LOG.warn("a deployment event listener failed on {}", event, e);
                }
            }
        }
    }

    private static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
