package io.github.dokploy4j.internal.lifecycle;

import io.github.dokploy4j.application.AsyncApplicationLifecycle;

/** The hand-written part of the asynchronous {@code application.*} service, which the generated one extends. */
public class AsyncApplicationLifecycleBase extends AsyncDeployables implements AsyncApplicationLifecycle {
    /**
     * Creates the hand-written part.
     *
     * @param context the client view's life-cycle context
     */
    public AsyncApplicationLifecycleBase(LifecycleContext context) {
        super(context, DeployTarget.APPLICATION);
    }
}
