package io.github.dokploy4j.internal.call;

import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/** Calls a declared procedure with the options of one client view; what the services are built on. */
@FunctionalInterface
public interface ProcedureCaller {
    /**
     * Calls a procedure.
     *
     * @param procedure the declaration
     * @param input query parameters (a {@code Map}) for a query, the JSON body for a mutation, or {@code null}
     * @param <O> the result type
     * @return the result; cancelling it aborts the exchange
     */
    <O> CompletableFuture<O> call(Procedure<O> procedure, @Nullable Object input);
}
