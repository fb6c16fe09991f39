package io.github.dokploy4j.internal.logs;

import io.github.dokploy4j.deployment.LogFollow;
import io.github.dokploy4j.deployment.LogListener;
import io.github.dokploy4j.error.DokployTransportException;
import java.time.Duration;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Hands a follow's lines to a pulling consumer: the listener queues them, the stream's iterator takes them and
 * blocks while none is there. The queue is not bounded: a consumer that stops reading without closing the stream
 * keeps the rest of the log in memory.
 */
final class LineQueue implements LogListener {
    private static final Object END = new Object();
    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();

    @Override
    public void onLine(String line) {
        queue.add(line);
    }

    Stream<String> stream(LogFollow follow) {
        follow.completion().whenComplete((end, error) -> queue.add(END));
        Iterator<String> lines = new Iterator<>() {
            private @Nullable Object next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    next = take(follow);
                }
                if (next == END) {
                    queue.add(END);
                    // the end of a failed follow throws its failure here
                    follow.awaitCompletion(Duration.ZERO);
                    return false;
                }
                return true;
            }

            @Override
            public String next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("the log has ended");
                }
                String line = (String) next;
                next = null;
                return line;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(lines, Spliterator.ORDERED
                | Spliterator.NONNULL), false).onClose(follow::close);
    }

    private Object take(LogFollow follow) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            follow.close();
            Thread.currentThread().interrupt();
            throw new DokployTransportException("interrupted while waiting for a log line; the follow was closed",
                    DokployTransportException.Kind.INTERRUPTED, null, e);
        }
    }
}
