package io.github.dokploy4j.internal.logs;

import io.github.dokploy4j.deployment.AsyncLogFollow;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.LogFollowMode;
import io.github.dokploy4j.deployment.LogListener;
import io.github.dokploy4j.internal.call.Arguments;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/** Starts log follows; what the deployments service and the deployment handles delegate to. */
public final class LogFollows {
    private LogFollows() {
    }

    /**
     * Follows a deployment known by its id; its row is looked up first ({@code allCentralized}).
     *
     * @param context the client view's context
     * @param deploymentId the deployment
     * @param mode how to read the log
     * @param listener receives the lines
     * @return the running follow
     */
    public static AsyncLogFollow follow(LogContext context, String deploymentId, LogFollowMode mode,
            LogListener listener) {
        Arguments.requireId(deploymentId, "deploymentId");
        return afterRow(context, DeploymentLookup.find(context.deployments(), deploymentId), mode, listener);
    }

    /**
     * Follows a deployment whose row the caller has.
     *
     * @param context the client view's context
     * @param deployment the row
     * @param mode how to read the log
     * @param listener receives the lines
     * @return the running follow
     */
    public static AsyncLogFollow follow(LogContext context, Deployment deployment, LogFollowMode mode,
            LogListener listener) {
        Arguments.requireNonNull(deployment, "deployment");
        return afterRow(context, CompletableFuture.completedFuture(deployment), mode, listener);
    }

    /**
     * Follows a deployment once its row is known, for a handle whose deploy may still wait in the queue.
     *
     * @param context the client view's context
     * @param row the row, when it exists; cancelled when the follow is closed first
     * @param mode how to read the log
     * @param listener receives the lines
     * @return the running follow
     */
    public static AsyncLogFollow afterRow(LogContext context, CompletableFuture<Deployment> row, LogFollowMode mode,
            LogListener listener) {
        Arguments.requireNonNull(mode, "mode");
        Arguments.requireNonNull(listener, "listener");
        LogFollowRun run = new LogFollowRun(context, mode, dispatch -> new ListenerOutlet(listener, dispatch));
        run.start(row);
        return run;
    }

    /**
     * The lines of a deployment's log as a blocking stream that ends with the deployment; at most
     * {@link LineQueue#CAPACITY} lines wait for the reader, and the follow holds back while they do.
     *
     * @param context the client view's context
     * @param deploymentId the deployment
     * @return the lines; closing the stream stops the follow
     */
    public static Stream<String> lines(LogContext context, String deploymentId) {
        Arguments.requireId(deploymentId, "deploymentId");
        return lines(context, DeploymentLookup.find(context.deployments(), deploymentId), LineQueue.CAPACITY)
                .stream();
    }

    /** The lines of a follow as a bounded stream, and the follow behind it. */
    record FollowedLines(Stream<String> stream, AsyncLogFollow follow) {
    }

    static FollowedLines lines(LogContext context, CompletableFuture<Deployment> row, int capacity) {
        LineQueue queue = new LineQueue(context.runtime().executor(), capacity);
        LogFollowRun run = new LogFollowRun(context, LogFollowMode.AUTO, dispatch -> queue);
        run.start(row);
        return new FollowedLines(queue.stream(run), run);
    }
}
