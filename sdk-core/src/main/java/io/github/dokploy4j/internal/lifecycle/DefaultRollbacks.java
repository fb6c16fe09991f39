package io.github.dokploy4j.internal.lifecycle;

import io.github.dokploy4j.internal.call.Await;
import io.github.dokploy4j.rollback.AsyncRollbacks;
import io.github.dokploy4j.rollback.Rollbacks;

/** The synchronous rollbacks service. */
public final class DefaultRollbacks implements Rollbacks {
    private final AsyncRollbacks async;

    /**
     * Creates the service.
     *
     * @param async the asynchronous service of the same client view
     */
    public DefaultRollbacks(AsyncRollbacks async) {
        this.async = async;
    }

    @Override
    public void rollback(String rollbackId) {
        Await.result(async.rollback(rollbackId));
    }
}
