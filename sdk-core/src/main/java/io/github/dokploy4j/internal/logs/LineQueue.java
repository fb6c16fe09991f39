package io.github.dokploy4j.internal.logs;

import io.github.dokploy4j.deployment.AsyncLogFollow;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.error.DokployException;
import io.github.dokploy4j.error.DokployTransportException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Hands a follow's lines to a pulling consumer ({@code lines()}): a bounded queue whose iterator blocks while it is
 * empty. When it is full the follow stops asking its source for more (the WebSocket is not asked for its next message,
 * no window is read) until the consumer takes a line, so a consumer that stops reading holds at most
 * {@link #CAPACITY} lines in memory.
 */
final class LineQueue implements LineOutlet {
    /** The most lines held for the consumer. */
    static final int CAPACITY = 1024;

    private final Executor executor;
    private final int capacity;
    private final Deque<String> lines = new ArrayDeque<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition arrived = lock.newCondition();
    private @Nullable CompletableFuture<Void> room;
    private boolean ended;

    LineQueue(Executor executor, int capacity) {
        this.executor = executor;
        this.capacity = capacity;
    }

    @Override
    public boolean offer(String line) {
        lock.lock();
        try {
            if (lines.size() >= capacity) {
                return false;
            }
            lines.addLast(line);
            arrived.signalAll();
            return true;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public CompletableFuture<Void> room() {
        lock.lock();
        try {
            if (lines.size() < capacity || ended) {
                return CompletableFuture.completedFuture(null);
            }
            if (room == null) {
                room = new CompletableFuture<>();
            }
            return room;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void gap() {
    }

    @Override
    public void error(DokployException error) {
    }

    @Override
    public void end(Deployment end) {
    }

    /** The follow is over, however it ended: the consumer gets what is queued, then the end. */
    void close() {
        CompletableFuture<Void> waiting;
        lock.lock();
        try {
            ended = true;
            arrived.signalAll();
            waiting = room;
            room = null;
        } finally {
            lock.unlock();
        }
        if (waiting != null) {
            waiting.complete(null);
        }
    }

    /** The next line, or {@code null} at the end; blocks while there is none. */
    private @Nullable String take() throws InterruptedException {
        CompletableFuture<Void> freed = null;
        String line;
        lock.lock();
        try {
            while (lines.isEmpty() && !ended) {
                arrived.await();
            }
            line = lines.pollFirst();
            if (line != null && room != null) {
                freed = room;
                room = null;
            }
        } finally {
            lock.unlock();
        }
        if (freed != null) {
            hand(freed);
        }
        return line;
    }

    /** The follow goes on on the client's executor, never on the consumer's thread. */
    private void hand(CompletableFuture<Void> freed) {
        try {
            executor.execute(() -> freed.complete(null));
        } catch (RejectedExecutionException clientClosed) {
            freed.complete(null);
        }
    }

    Stream<String> stream(AsyncLogFollow follow) {
        follow.completion().whenComplete((end, error) -> close());
        Iterator<String> iterator = new Iterator<>() {
            private @Nullable String next;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (next == null && !done) {
                    next = nextLine(follow);
                    done = next == null;
                }
                if (done) {
                    // the end of a failed follow throws its failure here
                    follow.sync().awaitCompletion(Duration.ZERO);
                }
                return !done;
            }

            @Override
            public String next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("the log has ended");
                }
                String line = next;
                next = null;
                return line;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED
                | Spliterator.NONNULL), false).onClose(follow::close);
    }

    private @Nullable String nextLine(AsyncLogFollow follow) {
        try {
            return take();
        } catch (InterruptedException e) {
            follow.close();
            Thread.currentThread().interrupt();
            throw new DokployTransportException("interrupted while waiting for a log line; the follow was closed",
                    DokployTransportException.Kind.INTERRUPTED, null, e);
        }
    }
}
