package io.github.dokploy4j.deployment;

import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous view of a {@link LogFollow}: the follow's end as a {@link CompletableFuture}, which never parks a
 * thread. Listener calls and the future's completion run on the client's executor. See {@link LogFollow} for how a
 * follow reads the log and how it ends.
 */
public interface AsyncLogFollow extends AutoCloseable {
    /**
     * Returns how the log is read now; see {@link LogFollow#mode()}.
     *
     * @return the current mode
     */
    LogFollowMode mode();

    /**
     * Returns how many lines were delivered so far.
     *
     * @return the count
     */
    long linesDelivered();

    /**
     * Returns the follow's result: the deployment's terminal row, once every line was delivered. It fails with what
     * {@link LogFollow#awaitCompletion} throws and is cancelled by {@link #close()}; cancelling it closes the follow.
     *
     * @return the completion
     */
    CompletableFuture<Deployment> completion();

    /**
     * Returns the synchronous view of the same follow.
     *
     * @return the synchronous follow
     */
    LogFollow sync();

    /** Stops following; see {@link LogFollow#close()}. */
    @Override
    void close();
}
