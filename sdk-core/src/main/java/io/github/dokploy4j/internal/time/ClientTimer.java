package io.github.dokploy4j.internal.time;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one timer thread of a client. It only keeps time: every wait it ends is handed to the client's executor, so
 * the stages that follow a poll delay or a backoff run there, never on the timer thread, the JDK's common pool or a
 * thread started for the occasion. The deadlines of HTTP exchanges are the one exception: aborting an exchange is a
 * few instructions, and it must happen even when every executor thread is busy waiting for an answer. The thread is
 * started by the first wait and stopped by {@link #close()}.
 */
public final class ClientTimer implements Delayer, AutoCloseable {
    private final ScheduledThreadPoolExecutor timer;
    private final Executor executor;
    private final Set<CompletableFuture<Void>> waiting = ConcurrentHashMap.newKeySet();

    /**
     * Creates the timer.
     *
     * @param name the timer thread's name
     * @param executor the client's executor, where waits end
     */
    public ClientTimer(String name, Executor executor) {
        this.executor = executor;
        this.timer = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
        timer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /**
     * Completes after the delay, on the client's executor. Cancelling the future withdraws the wait.
     *
     * @param delay how long to wait
     * @return the wait
     */
    @Override
    public CompletableFuture<Void> delay(Duration delay) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        ScheduledFuture<?> scheduled;
        try {
            scheduled = timer.schedule(() -> handOver(done), delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException closed) {
            done.completeExceptionally(new IllegalStateException("this DokployClient is closed", closed));
            return done;
        }
        waiting.add(done);
        done.whenComplete((ignored, failure) -> {
            waiting.remove(done);
            if (done.isCancelled()) {
                scheduled.cancel(false);
            }
        });
        return done;
    }

    private void handOver(CompletableFuture<Void> done) {
        try {
            executor.execute(() -> done.complete(null));
        } catch (RejectedExecutionException closed) {
            done.completeExceptionally(new IllegalStateException("this DokployClient is closed", closed));
        }
    }

    /**
     * Runs a very short action on the timer thread itself after the delay, such as aborting an exchange whose
     * deadline passed.
     *
     * @param delay how long to wait
     * @param action what to run; it must not block
     * @return the scheduled action, to cancel when it is no longer needed
     */
    public ScheduledFuture<?> onTimer(Duration delay, Runnable action) {
        return timer.schedule(action, delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Stops the timer thread; the waits not yet ended fail, so nothing waits for ever on a closed client. */
    @Override
    public void close() {
        timer.shutdownNow();
        IllegalStateException closed = new IllegalStateException("this DokployClient is closed");
        for (CompletableFuture<Void> wait : waiting) {
            wait.completeExceptionally(closed);
        }
    }
}
