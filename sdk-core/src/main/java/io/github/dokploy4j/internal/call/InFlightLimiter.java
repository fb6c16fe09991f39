package io.github.dokploy4j.internal.call;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * Bounds the exchanges a client has in flight, for synchronous and asynchronous calls alike, in one FIFO order. A
 * synchronous call waits for its turn on its own thread; an asynchronous one waits as a queued task that holds no
 * thread and is handed to the client's executor when its turn comes. Over HTTP/2 a server's stream limit otherwise
 * fails a burst of calls with {@code too many concurrent streams}, and over HTTP/1.1 every extra call opens another
 * connection.
 */
final class InFlightLimiter {
    private final int limit;
    private final Executor executor;
    private final ReentrantLock lock = new ReentrantLock();
    private final Queue<Object> waiting = new ArrayDeque<>();
    private int inFlight;

    InFlightLimiter(int limit, Executor executor) {
        this.limit = limit;
        this.executor = executor;
    }

    /**
     * Takes a permit for an exchange on the calling thread, waiting for one when all are taken.
     *
     * @throws InterruptedException when the thread is interrupted while it waits; it then holds no permit
     */
    void acquire() throws InterruptedException {
        lock.lock();
        try {
            if (inFlight < limit && waiting.isEmpty()) {
                inFlight++;
                return;
            }
            Turn turn = new Turn(lock.newCondition());
            waiting.add(turn);
            try {
                while (!turn.granted) {
                    turn.condition.await();
                }
            } catch (InterruptedException e) {
                interrupted(turn);
                throw e;
            }
        } finally {
            if (lock.isHeldByCurrentThread()) {
                lock.unlock();
            }
        }
    }

    /** Called with the lock held: gives back a permit granted too late, or leaves the queue. */
    private void interrupted(Turn turn) {
        if (!turn.granted) {
            waiting.remove(turn);
            return;
        }
        Task next = releaseLocked();
        lock.unlock();
        if (next != null) {
            start(next);
        }
    }

    /**
     * Runs a task that holds a permit on the client's executor: at once when a permit is free, otherwise when one is
     * released. The task must call {@link #release()} when its exchange is over.
     *
     * @param task the task
     */
    void submit(Task task) {
        lock.lock();
        try {
            if (inFlight >= limit || !waiting.isEmpty()) {
                waiting.add(task);
                return;
            }
            inFlight++;
        } finally {
            lock.unlock();
        }
        start(task);
    }

    /**
     * Withdraws a task that still waits for its turn.
     *
     * @param task the task given to {@link #submit}
     * @return whether it was still waiting
     */
    boolean withdraw(Task task) {
        lock.lock();
        try {
            return waiting.remove(task);
        } finally {
            lock.unlock();
        }
    }

    /** Gives a permit back; the next waiter, if any, takes it over. */
    void release() {
        Task next;
        lock.lock();
        try {
            next = releaseLocked();
        } finally {
            lock.unlock();
        }
        if (next != null) {
            start(next);
        }
    }

    private @Nullable Task releaseLocked() {
        Object next = waiting.poll();
        if (next == null) {
            inFlight--;
            return null;
        }
        if (next instanceof Turn) {
            Turn turn = (Turn) next;
            turn.granted = true;
            turn.condition.signal();
            return null;
        }
        return (Task) next;
    }

    private void start(Task task) {
        try {
            executor.execute(task);
        } catch (RejectedExecutionException closed) {
            release();
            task.refused(closed);
        }
    }

    /** An asynchronous exchange waiting for, then holding, a permit. */
    interface Task extends Runnable {
        /**
         * Called instead of {@link #run()} when the executor refuses the task (the client was closed).
         *
         * @param refusal the executor's refusal
         */
        void refused(RejectedExecutionException refusal);
    }

    /** A synchronous caller waiting for its turn. */
    private static final class Turn {
        final Condition condition;
        boolean granted;

        Turn(Condition condition) {
            this.condition = condition;
        }
    }
}
