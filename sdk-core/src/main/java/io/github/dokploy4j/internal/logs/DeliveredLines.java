package io.github.dokploy4j.internal.logs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * What a follow has delivered: how many lines, and the last ones, which a {@code readLogs} window is aligned
 * against. Not thread-safe.
 */
final class DeliveredLines {
    /** How many of the last lines are kept for aligning windows. */
    static final int KEPT = 1000;

    private final Deque<String> recent = new ArrayDeque<>();
    private long count;

    /**
     * Whether the line at this position of a stream that starts at the file's first line is new. A reopened
     * WebSocket replays the file from line 1, so its first {@link #count()} lines were delivered already.
     */
    boolean isNew(long position) {
        return position >= count;
    }

    void add(String line) {
        count++;
        recent.addLast(line);
        if (recent.size() > KEPT) {
            recent.removeFirst();
        }
    }

    long count() {
        return count;
    }

    /** The last lines delivered, oldest first. */
    List<String> recent() {
        return new ArrayList<>(recent);
    }
}
