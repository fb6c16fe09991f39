package io.github.dokploy4j.internal.lifecycle;

import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.internal.SdkLoggers;
import io.github.dokploy4j.internal.logs.DeliveredLines;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The end of a failed deployment's log, for its {@code DeploymentFailedException}, read once: {@code readLogs}
 * (Dokploy v0.29.5 and later); on older servers, or when it cannot be read, what the live stream showed, once it
 * stopped bringing lines (rounds of {@link #STREAM_SETTLE} of real time, at most ten); empty when neither is there.
 */
final class FailureLog {
    /** How many log lines a failed deployment's exception carries. */
    static final int LINES = 50;
    /** How long the end of a failed build waits, each round, for the live stream to bring its last lines. */
    static final Duration STREAM_SETTLE = Duration.ofMillis(300);
    private static final int MAX_ROUNDS = 10;

    private final LifecycleContext context;
    private final DeliveredLines streamed = new DeliveredLines();
    private @Nullable CompletableFuture<String> read;

    FailureLog(LifecycleContext context) {
        this.context = context;
    }

    /**
     * Keeps what a message of the live stream brought.
     *
     * @param firstPosition the position in the file of the first line
     * @param lines the lines the message completed
     */
    synchronized void streamed(long firstPosition, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (streamed.isNew(firstPosition + i)) {
                streamed.add(lines.get(i));
            }
        }
    }

    /** Whether the log is being read: the live stream must stay open until then. */
    synchronized boolean reading() {
        return read != null && !read.isDone();
    }

    /**
     * Reads the end of a failed deployment's log, once.
     *
     * @param failed the failed row
     * @param streaming whether the live stream is still there to bring lines
     * @return the last lines, each ending with a line break; {@code ""} when none could be had
     */
    synchronized CompletableFuture<String> of(Deployment failed, BooleanSupplier streaming) {
        if (read == null) {
            read = failed.logPath().isEmpty() ? CompletableFuture.completedFuture("")
                    : context.deployments().readLogs(failed.deploymentId(), LINES).handle((text, error) -> {
                        if (error == null) {
                            return CompletableFuture.completedFuture(text);
                        }
                        SdkLoggers.LIFECYCLE.debug("could not read the log of {}: {}", failed.deploymentId(),
                                error.toString());
                        return streamedLines(streaming, 0, -1);
                    }).thenCompose(lines -> lines);
        }
        return read;
    }

    private CompletableFuture<String> streamedLines(BooleanSupplier streaming, int round, long countBefore) {
        long count;
        synchronized (this) {
            count = streamed.count();
        }
        if (!streaming.getAsBoolean() || round >= MAX_ROUNDS || round > 0 && count == countBefore && count > 0) {
            synchronized (this) {
                List<String> recent = streamed.recent();
                return CompletableFuture.completedFuture(recent.isEmpty() ? "" : String.join("\n",
                        recent.subList(Math.max(0, recent.size() - LINES), recent.size())) + "\n");
            }
        }
        // a closed client ends the wait with a failure: then there are no lines to give
        return context.runtime().timer().delay(STREAM_SETTLE)
                .thenCompose(ignored -> streamedLines(streaming, round + 1, count))
                .exceptionally(clientClosed -> "");
    }
}
