package io.github.dokploy4j.internal.lifecycle;

import io.github.dokploy4j.deployment.AsyncDeploymentWatch;
import io.github.dokploy4j.deployment.DeploymentEventListener;
import io.github.dokploy4j.internal.call.Arguments;
import java.time.Duration;

/** Starts organisation-wide watches. */
public final class DeploymentWatches {
    /** Every 10 s: each poll downloads the whole organisation's deployments, so a watch is not meant to be quick. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(10);
    private static final Duration SHORTEST_INTERVAL = Duration.ofSeconds(1);

    private DeploymentWatches() {
    }

    /**
     * Starts a watch; its first poll happens at once.
     *
     * @param context the client view's life-cycle context
     * @param interval the time between polls, at least one second
     * @param listener receives the transitions
     * @return the running watch
     * @throws IllegalArgumentException when the interval is shorter than a second
     */
    public static AsyncDeploymentWatch start(LifecycleContext context, Duration interval,
            DeploymentEventListener listener) {
        Arguments.requireNonNull(interval, "interval");
        Arguments.requireNonNull(listener, "listener");
        if (interval.compareTo(SHORTEST_INTERVAL) < 0) {
            throw new IllegalArgumentException("interval must be at least 1 s (each poll downloads every deployment"
                    + " of the organisation), was " + interval);
        }
        OrganisationWatcher watcher = new OrganisationWatcher(context, interval, listener);
        watcher.start();
        return watcher;
    }
}
