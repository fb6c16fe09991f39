package io.github.dokploy4j.internal.lifecycle;

import io.github.dokploy4j.deployment.Deployment;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/** One pending {@code await…} on a handle. */
final class Waiter {
    final Goal goal;
    final Duration timeout;
    final Instant deadline;
    final CompletableFuture<@Nullable Deployment> result = new CompletableFuture<>();

    Waiter(Goal goal, Duration timeout, Instant deadline) {
        this.goal = goal;
        this.timeout = timeout;
        this.deadline = deadline;
    }
}
