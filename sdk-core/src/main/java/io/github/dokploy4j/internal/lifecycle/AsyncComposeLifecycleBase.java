package io.github.dokploy4j.internal.lifecycle;

import io.github.dokploy4j.compose.AsyncComposeLifecycle;

/** The hand-written part of the asynchronous {@code compose.*} service, which the generated one extends. */
public class AsyncComposeLifecycleBase extends AsyncDeployables implements AsyncComposeLifecycle {
    /**
     * Creates the hand-written part.
     *
     * @param context the client view's life-cycle context
     */
    public AsyncComposeLifecycleBase(LifecycleContext context) {
        super(context, DeployTarget.COMPOSE);
    }
}
