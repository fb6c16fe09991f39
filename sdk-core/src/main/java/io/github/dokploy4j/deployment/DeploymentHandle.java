package io.github.dokploy4j.deployment;

import java.time.Duration;
import java.util.Optional;

/**
 * One deploy you triggered ({@code client.applications().deploy(…)}), followed to its end.
 *
 * <pre>{@code
 * Deployment done = client.applications().deploy(appId).awaitSuccess(Duration.ofMinutes(10));
 * }</pre>
 *
 * <h2>How the handle finds its deployment</h2>
 * Dokploy's deploy call only queues a job and returns no id; the row appears when a worker takes the job, and for
 * git sources its title and description are replaced by the commit when the build ends. So the handle
 * <ol>
 *   <li>lists the service's deployments and reads the queue once before it triggers the deploy (the ids that existed
 *       before, and the service's jobs waiting ahead),</li>
 *   <li>sends the deploy with a marker appended to the description ({@code [dokploy4j <10 characters>]}), which the
 *       queue job and the row carry until the build ends,</li>
 *   <li>latches the deployment id as soon as it sees a new row with its marker,</li>
 *   <li>and otherwise — a build so fast that it ended and was renamed before the first poll — matches on the
 *       server's own clock: the row whose {@code createdAt} matches the moment the worker took the job
 *       ({@code processedOn}), else the new rows in queue order (jobs of one service run first in, first out),
 *       skipping the rows of the jobs that were waiting ahead of it.</li>
 * </ol>
 * The one ambiguous case: another deploy of the same service that a worker took in the milliseconds between the two
 * reads before the deploy, whose build and this one both end and are renamed before the handle's first poll. On
 * servers before v0.28.3, which have no queue to read, the handle matches only its marker or a lone finished row.
 *
 * <p>A request sent {@link DeployRequest#withoutMarker() without the marker} is found without step 2 and 3: see
 * {@link DeployRequest} for what that relies on.
 *
 * <h2>Polling</h2>
 * The handle polls only while someone waits ({@code await…}) or listens ({@link #onPhaseChange}). Until the row
 * exists it lists the service's deployments ({@code deployment.all} or {@code allByCompose}; for previews
 * {@code allByType}) every 0.5 s at first, backing off by half each time to every 5 s, with jitter, and reads the queue
 * ({@code queueList}) only while those rows do not hold its marked row. Once the build runs it opens the deployment's
 * log WebSocket ({@code /listen-deployment}), which costs no request while open, and reads the row only half a second
 * after the stream shows Dokploy's closing line ({@code Docker Deployed: ✅}, a line with {@code ❌}), when the stream
 * has been quiet for a while (at most every 5 to 20 s, and whenever the silence is longer than any pause before), and
 * every 20 s otherwise; where the WebSocket is refused (a proxy), it polls at the plain pace. It never polls
 * {@code allByType} for applications: that would ship every rollback's snapshot of the application's secrets on each
 * poll. A two-minute deploy-and-wait costs 6 to 13 requests in all and notices the end within half a second
 * (polling: about 33 requests, within 5.5 s); the README's "What a deploy-and-wait costs" has the figures. The first
 * plain 401 ends the wait (an API key limited to a few requests a day would burn the rest).
 *
 * <h2>When the job is lost</h2>
 * A job that leaves the queue without producing a row (a server restart, a cleaned queue) fails the waits with a
 * {@link io.github.dokploy4j.error.DeploymentFailedException}: where the queue can be read (Dokploy v0.28.3 and
 * later), after two reads that no longer show it; before v0.28.3, from what the server does show: once the job has
 * waited 30 s without a row, the handle asks whether anything builds ({@code project.all}: a service whose status is
 * {@code running}) at most every 10 s, and two answers of "nothing" mean the job is gone (so about 40 s after the
 * deploy, or once the builds ahead of it are over). A job dropped by this handle's own {@link #cancel} ends
 * {@link DeploymentPhase#CANCELLED} at once.
 *
 * <p>The handle is thread-safe. Phase listeners run on the client's executor, one call at a time. Its asynchronous twin
 * is {@link #async()}.
 */
public interface DeploymentHandle extends AutoCloseable {
    /**
     * Returns the kind of service that was deployed.
     *
     * @return {@link ServiceType#APPLICATION}, {@link ServiceType#COMPOSE} or
     *     {@link ServiceType#PREVIEW_DEPLOYMENT}
     */
    ServiceType serviceType();

    /**
     * Returns the id of the service that was deployed.
     *
     * @return the service id
     */
    String serviceId();

    /**
     * Returns the phase last observed, without a request.
     *
     * @return the phase; {@link DeploymentPhase#QUEUED} right after the deploy
     */
    DeploymentPhase phase();

    /**
     * Returns the deployment row last observed, without a request.
     *
     * @return the row, or empty while it has not been seen
     */
    Optional<Deployment> deployment();

    /**
     * Waits until the deployment's row exists (a worker took the job).
     *
     * @param timeout how long to wait at most
     * @return the row as first seen
     * @throws io.github.dokploy4j.error.DeploymentTimeoutException when the time is up, with the last state seen
     * @throws io.github.dokploy4j.error.DeploymentFailedException when the job left the queue without a row
     * @throws io.github.dokploy4j.error.DokployException when polling fails (for example a plain 401)
     */
    Deployment awaitDeployment(Duration timeout);

    /**
     * Waits until the deployment ends and returns its final row, whatever its status.
     *
     * @param timeout how long to wait at most
     * @return the final row ({@code done}, {@code error} or {@code cancelled})
     * @throws io.github.dokploy4j.error.DeploymentTimeoutException when the time is up, with the last state seen
     * @throws io.github.dokploy4j.error.DeploymentFailedException when there is no final row: the job left the
     *     queue without one, or the row was removed
     * @throws io.github.dokploy4j.error.DokployException when polling fails
     */
    Deployment awaitCompletion(Duration timeout);

    /**
     * Waits until the deployment ends and requires it to have succeeded.
     *
     * @param timeout how long to wait at most
     * @return the final row, {@code done}
     * @throws io.github.dokploy4j.error.DeploymentFailedException when it ended {@code error} or {@code cancelled}
     *     (carrying the row and the last lines of its log), or without a row
     * @throws io.github.dokploy4j.error.DeploymentTimeoutException when the time is up
     * @throws io.github.dokploy4j.error.DokployException when polling fails
     */
    Deployment awaitSuccess(Duration timeout);

    /**
     * Registers a listener for phase changes, for progress displays. It receives the current phase at once, then
     * every change; registering keeps the handle polling until the deployment ends or the handle is closed.
     *
     * @param listener the listener
     * @return this handle
     */
    DeploymentHandle onPhaseChange(DeploymentEventListener listener);

    /**
     * Cancels the deployment, doing only what the server can:
     * <ul>
     *   <li>queued: {@code cleanQueues}, which drops every waiting job of the service — only with
     *       {@link CancelOption#DROP_ALL_WAITING_JOBS_OF_SERVICE};</li>
     *   <li>running on Dokploy Cloud: {@code cancelDeployment} (the row then says {@code done});</li>
     *   <li>running on a self-hosted server: {@code killBuild}, which kills every build of that kind on the deploy
     *       host — only with {@link CancelOption#KILL_ALL_BUILDS_ON_HOST}; the row then ends {@code error}.</li>
     * </ul>
     * Self-hosted Dokploy cannot cancel one build on its own ({@code cancelDeployment} answers 400 there); the client
     * learnt from the deploy's answer which kind of server it talks to, and does not send that request where it can
     * only fail. A queued deploy dropped with {@code cleanQueues} ends {@link DeploymentPhase#CANCELLED} at once, unless
     * its row shows up (its build started first).
     *
     * @param consents the side effects you accept
     * @return what was done
     * @throws IllegalStateException when the phase needs a consent that was not given (nothing is sent)
     * @throws io.github.dokploy4j.error.DokployException when the server refuses
     */
    CancelOutcome cancel(CancelOption... consents);

    /**
     * Follows this deployment's log ({@link LogFollowMode#AUTO}): once its row exists (the job may still wait in the
     * queue), as {@link Deployments#follow(Deployment, LogFollowMode, LogListener)} does. Starting never blocks.
     *
     * <pre>{@code
     * DeploymentHandle handle = client.applications().deploy(appId);
     * try (LogFollow follow = handle.follow(System.out::println)) {
     *     follow.awaitCompletion(Duration.ofMinutes(15));
     * }
     * }</pre>
     *
     * @param listener receives the lines
     * @return the running follow; its completion is the deployment's final row
     */
    LogFollow follow(LogListener listener);

    /**
     * Returns the asynchronous view of the same handle.
     *
     * @return the asynchronous handle
     */
    AsyncDeploymentHandle async();

    /** Stops polling for listeners; pending {@code await…} calls fail with a cancellation. */
    @Override
    void close();
}
