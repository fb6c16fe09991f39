package io.github.dokploy4j.internal.lifecycle;

import static io.github.dokploy4j.internal.call.Arguments.requireId;

import io.github.dokploy4j.internal.call.BodyEncoder;
import io.github.dokploy4j.internal.call.Procedure;
import io.github.dokploy4j.internal.call.ProcedureCaller;
import io.github.dokploy4j.internal.call.ResponseDecoders;
import io.github.dokploy4j.rollback.AsyncRollbackLifecycle;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The {@code rollback.rollback} procedure: the hand-written part of the asynchronous {@code rollback.*} service, which
 * the generated one extends.
 */
public class AsyncRollbackLifecycleBase implements AsyncRollbackLifecycle {
    static final Procedure<Map<String, String>, Void> ROLLBACK = Procedure.mutation("rollback.rollback",
            BodyEncoder.json(), ResponseDecoders.none());

    private final ProcedureCaller caller;

    /**
     * Creates the service.
     *
     * @param context the client view's life-cycle context
     */
    public AsyncRollbackLifecycleBase(LifecycleContext context) {
        this.caller = context.caller();
    }

    @Override
    public CompletableFuture<Void> rollback(String rollbackId) {
        return caller.callAsync(ROLLBACK, Map.of("rollbackId", requireId(rollbackId, "rollbackId")));
    }
}
