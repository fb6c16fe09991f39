package io.github.dokploy4j.internal.logs;

import io.github.dokploy4j.deployment.AsyncDeployments;
import io.github.dokploy4j.internal.time.Delayer;
import io.github.dokploy4j.internal.call.ProcedureCaller;
import java.util.function.DoubleSupplier;

/**
 * What following a log needs from its client view.
 *
 * @param deployments the deployments service of the view, for {@code readLogs} and the row polls
 * @param caller calls {@code application.one} and {@code compose.one}
 * @param delayer waits between polls (injectable for tests)
 * @param random numbers in [0, 1) for jitter
 * @param stream how to open the WebSocket
 */
public record LogContext(AsyncDeployments deployments, ProcedureCaller caller, Delayer delayer,
        DoubleSupplier random, LogStreamSettings stream) {
}
