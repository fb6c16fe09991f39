package io.github.dokploy4j.internal.lifecycle;

import io.github.dokploy4j.compose.ComposeLifecycle;

/** The hand-written part of the synchronous {@code compose.*} service, which the generated one extends. */
public class ComposeLifecycleBase extends SyncDeployables implements ComposeLifecycle {
    /**
     * Creates the hand-written part.
     *
     * @param context the client view's life-cycle context
     */
    public ComposeLifecycleBase(LifecycleContext context) {
        super(context, DeployTarget.COMPOSE);
    }
}
