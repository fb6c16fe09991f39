package io.github.dokploy4j.rollback;

import java.util.concurrent.CompletableFuture;

/** The hand-written part of {@link AsyncRollbacks}; see {@link RollbackLifecycle}. */
public interface AsyncRollbackLifecycle {
    /**
     * See {@link RollbackLifecycle#rollback(String)}.
     *
     * @param rollbackId the rollback
     * @return completes when the server answered
     */
    CompletableFuture<Void> rollback(String rollbackId);
}
