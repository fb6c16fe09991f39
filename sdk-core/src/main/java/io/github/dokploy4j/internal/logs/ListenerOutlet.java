package io.github.dokploy4j.internal.logs;

import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.LogListener;
import io.github.dokploy4j.error.DokployException;
import io.github.dokploy4j.internal.poll.ListenerDispatch;
import java.util.concurrent.CompletableFuture;

/** A caller's {@link LogListener}: it takes every line at once; a failing call is logged and the follow goes on. */
final class ListenerOutlet implements LineOutlet {
    private static final CompletableFuture<Void> ROOM = CompletableFuture.completedFuture(null);

    private final LogListener listener;
    private final ListenerDispatch dispatch;

    ListenerOutlet(LogListener listener, ListenerDispatch dispatch) {
        this.listener = listener;
        this.dispatch = dispatch;
    }

    @Override
    public boolean offer(String line) {
        dispatch.run(listener, "a log line", () -> listener.onLine(line));
        return true;
    }

    @Override
    public CompletableFuture<Void> room() {
        return ROOM;
    }

    @Override
    public void gap() {
        dispatch.run(listener, "a gap", listener::onGap);
    }

    @Override
    public void error(DokployException error) {
        dispatch.run(listener, "an error", () -> listener.onError(error));
    }

    @Override
    public void end(Deployment end) {
        dispatch.run(listener, "the end", () -> listener.onEnd(end));
    }
}
