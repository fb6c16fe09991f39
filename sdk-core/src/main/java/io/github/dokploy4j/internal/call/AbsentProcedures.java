package io.github.dokploy4j.internal.call;

import io.github.dokploy4j.error.NotFoundException;
import io.github.dokploy4j.internal.poll.Failures;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The procedures a client's server does not have, learnt from its bare 404 {@code "Not found"} and remembered for the
 * client's lifetime: a later call of one fails at once, without a request, with the same {@link NotFoundException}
 * (its message says it was remembered). Known by method and name, since Dokploy gives the same 404 to a query called
 * with {@code POST}.
 */
final class AbsentProcedures {
    private final Map<String, NotFoundException> absent = new ConcurrentHashMap<>();

    private static String key(Procedure<?, ?> procedure) {
        return procedure.kind().method() + " " + procedure.name();
    }

    /** The failure to answer at once, or {@code null} when the procedure is not known to be absent. */
    @Nullable NotFoundException remembered(Procedure<?, ?> procedure) {
        NotFoundException first = absent.get(key(procedure));
        if (first == null) {
            return null;
        }
        return new NotFoundException(first.getMessage() + " (remembered from an earlier answer of this server; not"
                + " sent again)", first.status(), first.code().orElse(null), first.serverMessage(),
                first.procedure(), first.issues(), first.responseBody(), true);
    }

    /** Remembers the procedure when the failure says the server does not have it. */
    void learn(Procedure<?, ?> procedure, @Nullable Throwable failure) {
        if (failure instanceof NotFoundException && ((NotFoundException) failure).isUnknownProcedure()) {
            absent.putIfAbsent(key(procedure), (NotFoundException) failure);
        }
    }

    /** Learns from an asynchronous call's outcome; returns the call itself, so that cancelling it still aborts. */
    <O> CompletableFuture<O> watch(Procedure<?, ?> procedure, CompletableFuture<O> call) {
        call.whenComplete((value, failure) -> learn(procedure, failure == null ? null : Failures.cause(failure)));
        return call;
    }
}
