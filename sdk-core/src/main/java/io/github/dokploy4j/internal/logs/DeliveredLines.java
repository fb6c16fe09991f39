package io.github.dokploy4j.internal.logs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * What a follow has delivered: how many lines, and the last ones, which a {@code readLogs} window is aligned
 * against. Not thread-safe, but its count may be read from any thread.
 */
public final class DeliveredLines {
    /** How many of the last lines are kept for aligning windows. */
    static final int KEPT = 1000;

    private final Deque<String> recent = new ArrayDeque<>();
    private volatile long count;

    /**
     * Tells whether the line at this position of a stream that starts at the file's first line is new. A reopened
     * WebSocket replays the file from line 1, so its first {@link #count()} lines were delivered already.
     *
     * @param position the line's position, from 0
     * @return whether it was not delivered yet
     */
    public boolean isNew(long position) {
        return position >= count;
    }

    /**
     * Records a delivered line.
     *
     * @param line the line
     */
    public void add(String line) {
        count++;
        recent.addLast(line);
        if (recent.size() > KEPT) {
            recent.removeFirst();
        }
    }

    /**
     * Returns how many lines were delivered.
     *
     * @return the count
     */
    public long count() {
        return count;
    }

    /**
     * Returns the last lines delivered, oldest first.
     *
     * @return at most the last 1000
     */
    public List<String> recent() {
        return new ArrayList<>(recent);
    }
}
