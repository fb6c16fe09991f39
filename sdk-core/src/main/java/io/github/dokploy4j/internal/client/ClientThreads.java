package io.github.dokploy4j.internal.client;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Names and makes the threads a client starts itself; all are daemons, all end with {@code close()}. */
final class ClientThreads {
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private final String prefix = "dokploy4j-" + CLIENTS.incrementAndGet();

    /**
     * The client's own pool: threads made on demand and reused, idle ones ending after a minute.
     *
     * @return a new pool
     */
    ExecutorService pool() {
        AtomicInteger count = new AtomicInteger();
        return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), task -> {
            Thread thread = new Thread(task, prefix + "-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Returns the timer thread's name.
     *
     * @return e.g. {@code dokploy4j-3-timer}
     */
    String timerName() {
        return prefix + "-timer";
    }
}
