package io.github.dokploy4j.internal.call;

import io.github.dokploy4j.internal.time.Delayer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import org.jspecify.annotations.Nullable;

/**
 * Drives a call asynchronously: each attempt is a task that waits for an in-flight permit without a thread, then runs
 * on the client's executor, where the result completes; the wait before another attempt is a timer wait that holds no
 * thread. Cancelling the returned future withdraws a task still waiting for its turn, interrupts the one exchanging
 * (which aborts the exchange and closes its connection) or drops the wait before the next attempt.
 *
 * @param <O> the result type
 */
final class AsyncCall<O> implements InFlightLimiter.Task {
    private final Attempts<O> attempts;
    private final InFlightLimiter limiter;
    private final Delayer delayer;
    private final CompletableFuture<O> result = new CompletableFuture<>();
    private @Nullable Thread exchanging;
    private @Nullable CompletableFuture<Void> waiting;
    private boolean cancelled;

    AsyncCall(Attempts<O> attempts, InFlightLimiter limiter, Delayer delayer) {
        this.attempts = attempts;
        this.limiter = limiter;
        this.delayer = delayer;
    }

    CompletableFuture<O> start() {
        result.whenComplete((value, failure) -> {
            if (result.isCancelled()) {
                cancel();
            }
        });
        limiter.submit(this);
        return result;
    }

    @Override
    public void run() {
        synchronized (this) {
            if (cancelled || result.isDone()) {
                limiter.release();
                return;
            }
            exchanging = Thread.currentThread();
        }
        Step<O> step = null;
        Throwable crash = null;
        try {
            step = attempts.next();
        } catch (InterruptedException e) {
            crash = e;
        } catch (RuntimeException | Error e) {
            crash = e;
        } finally {
            synchronized (this) {
                exchanging = null;
                if (cancelled) {
                    // the interrupt was ours: the pooled thread must not carry it into its next task
                    Thread.interrupted();
                }
            }
            limiter.release();
        }
        if (step == null) {
            fail(crash);
            return;
        }
        Duration wait = step.retryAfter();
        if (wait == null) {
            RuntimeException failure = step.failure();
            if (failure != null) {
                result.completeExceptionally(failure);
            } else {
                result.complete(step.value());
            }
            return;
        }
        CompletableFuture<Void> delay = delayer.delay(wait);
        synchronized (this) {
            waiting = delay;
            if (cancelled) {
                delay.cancel(false);
                return;
            }
        }
        delay.whenComplete((ignored, failure) -> {
            if (failure == null) {
                limiter.submit(this);
            } else if (!delay.isCancelled()) {
                result.completeExceptionally(CallEngine.asSdkFailure(failure));
            }
        });
    }

    private void fail(@Nullable Throwable crash) {
        if (crash instanceof InterruptedException) {
            // interrupted by someone else than a cancellation (the executor shutting down, say)
            result.completeExceptionally(CallEngine.interrupted(attempts.procedureName(),
                    (InterruptedException) crash));
        } else if (crash != null) {
            result.completeExceptionally(crash);
        }
    }

    @Override
    public void refused(RejectedExecutionException refusal) {
        result.completeExceptionally(new IllegalStateException("this DokployClient is closed", refusal));
    }

    private void cancel() {
        CompletableFuture<Void> delay;
        synchronized (this) {
            cancelled = true;
            if (exchanging != null) {
                exchanging.interrupt();
            }
            delay = waiting;
        }
        if (delay != null) {
            delay.cancel(false);
        }
        limiter.withdraw(this);
    }
}
