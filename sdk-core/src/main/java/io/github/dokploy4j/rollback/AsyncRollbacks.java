package io.github.dokploy4j.rollback;

import java.util.concurrent.CompletableFuture;

/** Rollbacks, asynchronously; see {@link Rollbacks}. */
public interface AsyncRollbacks {
    /**
     * See {@link Rollbacks#rollback(String)}.
     *
     * @param rollbackId the rollback
     * @return completes when the server answered
     */
    CompletableFuture<Void> rollback(String rollbackId);
}
