package io.github.dokploy4j.internal.lifecycle;

import io.github.dokploy4j.deployment.AsyncDeployments;
import io.github.dokploy4j.internal.call.ProcedureCaller;
import io.github.dokploy4j.internal.logs.LogContext;
import io.github.dokploy4j.internal.poll.OptionalQueue;
import io.github.dokploy4j.internal.poll.PollRuntime;

/**
 * What the life-cycle machinery needs from its client view.
 *
 * @param caller calls procedures with the view's options
 * @param deployments the deployments service of the same view
 * @param runtime the client's time, executor and what it learnt about its server
 * @param queue the build queue, where the server has one
 * @param logs what following a log needs, for the handles' {@code follow} and their live end
 */
public record LifecycleContext(ProcedureCaller caller, AsyncDeployments deployments, PollRuntime runtime,
        OptionalQueue queue, LogContext logs) {
}
