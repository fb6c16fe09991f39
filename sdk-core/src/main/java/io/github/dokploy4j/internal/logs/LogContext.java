package io.github.dokploy4j.internal.logs;

import io.github.dokploy4j.deployment.AsyncDeployments;
import io.github.dokploy4j.internal.call.ProcedureCaller;
import io.github.dokploy4j.internal.poll.PollRuntime;

/**
 * What following a log needs from its client view.
 *
 * @param deployments the deployments service of the view, for {@code readLogs} and the row polls
 * @param caller calls {@code application.one} and {@code compose.one}
 * @param runtime the client's time, executor and what it learnt about its server
 * @param stream how to open the WebSocket
 */
public record LogContext(AsyncDeployments deployments, ProcedureCaller caller, PollRuntime runtime,
        LogStreamSettings stream) {
}
