package io.github.dokploy4j.internal.call;

import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Calls a declared procedure with the options of one client view; what every service, hand-written or generated, is
 * built on. The synchronous call runs on the caller's thread; the asynchronous one completes on the client's executor.
 */
public interface ProcedureCaller {
    /**
     * Calls a procedure and waits for its answer on the calling thread.
     *
     * @param procedure the declaration
     * @param input the input, {@code null} for a procedure without input
     * @param <I> the input type
     * @param <O> the result type
     * @return the result
     * @throws io.github.dokploy4j.error.DokployException whatever the call failed with
     */
    <I, O> O call(Procedure<I, O> procedure, @Nullable I input);

    /**
     * Calls a procedure asynchronously.
     *
     * @param procedure the declaration
     * @param input the input, {@code null} for a procedure without input
     * @param <I> the input type
     * @param <O> the result type
     * @return the result; cancelling it aborts the exchange
     */
    <I, O> CompletableFuture<O> callAsync(Procedure<I, O> procedure, @Nullable I input);
}
