package io.github.dokploy4j;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A client's executor that knows whether it has work: tasks queued or running. Since the SDK runs every continuation,
 * listener call and asynchronous exchange there, an idle executor means the client is waiting for time to pass.
 */
public final class CountingExecutor implements Executor, AutoCloseable {
    private final ExecutorService pool;
    private final AtomicInteger busy = new AtomicInteger();

    /**
     * Starts a pool of daemon threads named {@code prefix-N}.
     *
     * @param prefix the threads' name prefix
     */
    public CountingExecutor(String prefix) {
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void execute(Runnable task) {
        busy.incrementAndGet();
        try {
            pool.execute(() -> {
                try {
                    task.run();
                } finally {
                    busy.decrementAndGet();
                }
            });
        } catch (RuntimeException rejected) {
            busy.decrementAndGet();
            throw rejected;
        }
    }

    /**
     * Counts a piece of work that runs elsewhere (a handshake the JDK waits for on its own thread) until it ends.
     *
     * @param outside the work
     * @param <T> its result
     * @return the same future
     */
    public <T> CompletableFuture<T> track(CompletableFuture<T> outside) {
        busy.incrementAndGet();
        outside.whenComplete((value, error) -> busy.decrementAndGet());
        return outside;
    }

    /**
     * Tells whether no task is queued or running.
     *
     * @return whether the executor is idle
     */
    public boolean idle() {
        return busy.get() == 0;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
