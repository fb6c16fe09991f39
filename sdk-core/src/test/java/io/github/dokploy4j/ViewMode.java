package io.github.dokploy4j;

import io.github.dokploy4j.deployment.AsyncDeployments;
import io.github.dokploy4j.deployment.Deployments;
import io.github.dokploy4j.internal.call.Await;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** Runs the same call through the synchronous or the asynchronous view, so each test covers both. */
public enum ViewMode {
    /** Through {@code client.deployments()}. */
    SYNC,
    /** Through {@code client.async().deployments()}, waiting on the future. */
    ASYNC;

    /**
     * Calls a deployments method through this view.
     *
     * @param client the client
     * @param sync the synchronous call
     * @param async the asynchronous call
     * @param <T> the result type
     * @return the result
     */
    public <T> T call(DokployClient client, Function<Deployments, T> sync,
            Function<AsyncDeployments, CompletableFuture<T>> async) {
        return this == SYNC ? sync.apply(client.deployments()) : Await.result(async.apply(client.async().deployments()));
    }
}
