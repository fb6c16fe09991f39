package io.github.dokploy4j.testkit;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The test's handle on one scripted build, returned by {@link FakeDokploy#scriptNextBuild(String, BuildScript)}: its
 * state, its deployment id once the worker has created the row, and {@link #release()} for a build that waits at
 * {@link BuildScript#awaitRelease()}.
 */
public final class ScriptedBuild {

    private final Object lock;
    private final String serviceId;
    private final BuildScript script;
    private BuildState state = BuildState.PENDING;
    private String deploymentId;
    private int releases;
    private Runnable resumer;

    ScriptedBuild(Object lock, String serviceId, BuildScript script) {
        this.lock = lock;
        this.serviceId = serviceId;
        this.script = script;
    }

    /**
     * The application, compose or preview deployment this build belongs to.
     *
     * @return the service id given when scripting
     */
    public String serviceId() {
        return serviceId;
    }

    /**
     * The build's current state.
     *
     * @return the state
     */
    public BuildState state() {
        synchronized (lock) {
            return state;
        }
    }

    /**
     * The id of the deployment row, once the worker has taken the job and inserted it.
     *
     * @return the deployment id, or empty while {@link BuildState#PENDING}
     */
    public Optional<String> deploymentId() {
        synchronized (lock) {
            return Optional.ofNullable(deploymentId);
        }
    }

    /**
     * Lets the build go on past its next {@link BuildScript#awaitRelease()} step. A release given before the build
     * reaches the step is kept for it. With a manual clock, the steps up to the next pause run before this returns.
     */
    public void release() {
        synchronized (lock) {
            releases++;
            if (state == BuildState.HELD && resumer != null) {
                resumer.run();
            }
        }
    }

    /**
     * Waits (in real time) until the build is in {@code expected}. {@link BuildState#RUNNING} means running and not
     * held.
     *
     * @param expected the state to wait for
     * @param timeout how long to wait at most
     * @return this handle
     * @throws IllegalStateException if the build finished in another state, or the time ran out
     */
    public ScriptedBuild awaitState(BuildState expected, Duration timeout) {
        Objects.requireNonNull(expected, "expected");
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (state != expected) {
                if (state.isFinished()) {
                    throw new IllegalStateException("the build of " + serviceId + " ended " + state
                            + " instead of reaching " + expected);
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException("the build of " + serviceId + " is still " + state
                            + " after " + timeout + "; expected " + expected);
                }
                try {
                    lock.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for " + expected, e);
                }
            }
            return this;
        }
    }

    BuildScript script() {
        return script;
    }

    /** Called under the lock by the worker. */
    void moveTo(BuildState next) {
        state = next;
        lock.notifyAll();
    }

    void started(String newDeploymentId, Runnable resume) {
        this.deploymentId = newDeploymentId;
        this.resumer = resume;
        moveTo(BuildState.RUNNING);
    }

    /** Consumes a release if one is available; called under the lock when the build reaches a hold. */
    boolean takeRelease() {
        if (releases > 0) {
            releases--;
            return true;
        }
        return false;
    }

    @Override
    public String toString() {
        synchronized (lock) {
            return "ScriptedBuild[service=" + serviceId + ", state=" + state
                    + (deploymentId == null ? "" : ", deployment=" + deploymentId) + ", " + script + "]";
        }
    }
}
