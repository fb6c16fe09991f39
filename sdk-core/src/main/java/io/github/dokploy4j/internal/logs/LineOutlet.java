package io.github.dokploy4j.internal.logs;

import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.error.DokployException;
import java.util.concurrent.CompletableFuture;

/**
 * Where a follow's lines go: a {@link io.github.dokploy4j.deployment.LogListener}, or the bounded queue behind
 * {@code lines()}. A full outlet refuses a line, and the follow then holds its source back (no more WebSocket
 * messages are asked for, no more windows are read) until {@link #room()} says it may offer again. Every call comes
 * from the follow's dispatch, one at a time.
 */
interface LineOutlet {
    /**
     * Offers the next line.
     *
     * @param line the line
     * @return whether it was taken; when not, offer it again once {@link #room()} completes
     */
    boolean offer(String line);

    /**
     * Completes once a line can be offered again.
     *
     * @return the room
     */
    CompletableFuture<Void> room();

    /** Lines may be missing before the next one. */
    void gap();

    /**
     * A problem the follow reports.
     *
     * @param error what happened
     */
    void error(DokployException error);

    /**
     * The deployment's final row, after its last line.
     *
     * @param end the terminal row
     */
    void end(Deployment end);
}
