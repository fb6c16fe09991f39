package io.github.dokploy4j.internal.lifecycle;

import io.github.dokploy4j.application.ApplicationLifecycle;

/** The hand-written part of the synchronous {@code application.*} service, which the generated one extends. */
public class ApplicationLifecycleBase extends SyncDeployables implements ApplicationLifecycle {
    /**
     * Creates the hand-written part.
     *
     * @param context the client view's life-cycle context
     */
    public ApplicationLifecycleBase(LifecycleContext context) {
        super(context, DeployTarget.APPLICATION);
    }
}
