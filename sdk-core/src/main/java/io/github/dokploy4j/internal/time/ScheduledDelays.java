package io.github.dokploy4j.internal.time;

import io.github.dokploy4j.DelayScheduler;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * A caller's {@link DelayScheduler} as the client's delayer: whichever thread ends a wait, the SDK goes on on the
 * client's executor; cancelling a wait cancels the caller's future.
 */
public final class ScheduledDelays implements Delayer {
    private final DelayScheduler scheduler;
    private final Executor executor;

    /**
     * Wraps a scheduler.
     *
     * @param scheduler the caller's scheduler
     * @param executor the client's executor
     */
    public ScheduledDelays(DelayScheduler scheduler, Executor executor) {
        this.scheduler = scheduler;
        this.executor = executor;
    }

    @Override
    public CompletableFuture<Void> delay(Duration delay) {
        CompletableFuture<Void> theirs = Objects.requireNonNull(scheduler.delay(delay),
                "the DelayScheduler returned null");
        CompletableFuture<Void> ours = new CompletableFuture<>();
        theirs.whenComplete((ignored, failure) -> {
            try {
                executor.execute(() -> {
                    if (failure == null) {
                        ours.complete(null);
                    } else {
                        ours.completeExceptionally(failure);
                    }
                });
            } catch (RejectedExecutionException closed) {
                ours.completeExceptionally(new IllegalStateException("this DokployClient is closed", closed));
            }
        });
        ours.whenComplete((ignored, failure) -> {
            if (ours.isCancelled()) {
                theirs.cancel(false);
            }
        });
        return ours;
    }
}
