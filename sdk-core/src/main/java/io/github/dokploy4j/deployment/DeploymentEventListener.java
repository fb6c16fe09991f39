package io.github.dokploy4j.deployment;

/**
 * Receives phase changes of deployments: from a {@link DeploymentHandle} (its own deployment) or a watch
 * ({@link Deployments#watch}, every deployment of the organisation). Called on the SDK's polling thread, one event at
 * a time, in order; return quickly. An exception it throws is logged and does not stop the polling.
 */
@FunctionalInterface
public interface DeploymentEventListener {
    /**
     * Called once per phase change.
     *
     * @param event the change
     */
    void onEvent(DeploymentEvent event);
}
