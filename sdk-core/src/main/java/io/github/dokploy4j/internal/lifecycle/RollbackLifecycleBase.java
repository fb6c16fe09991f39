package io.github.dokploy4j.internal.lifecycle;

import io.github.dokploy4j.internal.call.Await;
import io.github.dokploy4j.rollback.AsyncRollbackLifecycle;
import io.github.dokploy4j.rollback.RollbackLifecycle;

/** The hand-written part of the synchronous {@code rollback.*} service, which the generated one extends. */
public class RollbackLifecycleBase implements RollbackLifecycle {
    private final AsyncRollbackLifecycle async;

    /**
     * Creates the service.
     *
     * @param context the client view's life-cycle context
     */
    public RollbackLifecycleBase(LifecycleContext context) {
        this.async = new AsyncRollbackLifecycleBase(context);
    }

    @Override
    public void rollback(String rollbackId) {
        Await.result(async.rollback(rollbackId));
    }
}
