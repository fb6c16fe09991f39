package io.github.dokploy4j.internal.lifecycle;

import static io.github.dokploy4j.internal.call.Arguments.requireId;

import io.github.dokploy4j.internal.call.BodyEncoder;
import io.github.dokploy4j.internal.call.Procedure;
import io.github.dokploy4j.internal.call.ProcedureCaller;
import io.github.dokploy4j.internal.call.ResponseDecoders;
import io.github.dokploy4j.rollback.AsyncRollbacks;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** The {@code rollback.rollback} procedure. */
public final class DefaultAsyncRollbacks implements AsyncRollbacks {
    static final Procedure<Map<String, String>, Void> ROLLBACK = Procedure.mutation("rollback.rollback",
            BodyEncoder.json(), ResponseDecoders.none());

    private final ProcedureCaller caller;

    /**
     * Creates the service.
     *
     * @param caller the client view's caller
     */
    public DefaultAsyncRollbacks(ProcedureCaller caller) {
        this.caller = caller;
    }

    @Override
    public CompletableFuture<Void> rollback(String rollbackId) {
        return caller.callAsync(ROLLBACK, Map.of("rollbackId", requireId(rollbackId, "rollbackId")));
    }
}
