package io.github.dokploy4j.internal.lifecycle;

import io.github.dokploy4j.deployment.AsyncDeployments;
import io.github.dokploy4j.internal.time.Delayer;
import io.github.dokploy4j.internal.call.ProcedureCaller;
import io.github.dokploy4j.internal.logs.LogContext;
import java.time.Clock;
import java.util.function.DoubleSupplier;

/**
 * What the life-cycle machinery needs from its client view: the procedures, a way to wait without a thread, the
 * clock and randomness (both injectable for tests), and the polling schedule.
 *
 * @param caller calls procedures with the view's options
 * @param deployments the deployments service of the same view
 * @param delayer waits between polls
 * @param clock the client's clock, for deadlines
 * @param random numbers in [0, 1) for jitter and markers
 * @param schedule the polling schedule
 * @param logs what following a log needs, for the handles' {@code follow}
 */
public record LifecycleContext(ProcedureCaller caller, AsyncDeployments deployments, Delayer delayer, Clock clock,
        DoubleSupplier random, PollSchedule schedule, LogContext logs) {
}
