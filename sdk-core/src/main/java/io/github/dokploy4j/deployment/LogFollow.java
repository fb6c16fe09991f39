package io.github.dokploy4j.deployment;

import java.time.Duration;

/**
 * A running follow of one deployment's log ({@link Deployments#follow(String, LogListener)}): it delivers each line
 * to its {@link LogListener}, and ends once the deployment has ended and its whole log was delivered. Starting it never
 * blocks. Close it to stop early; closing is idempotent and safe from any thread. Its asynchronous view is
 * {@link #async()}.
 *
 * <h2>How it ends</h2>
 * The log stream has no end of its own: Dokploy's WebSocket follows the file like {@code tail -f} and never closes.
 * So the follow also reads the deployment's row ({@code deployment.all}, or {@code allByCompose} for compose; never
 * {@code allByType} for applications, which would ship the application's secrets on every read): right after the
 * stream shows Dokploy's closing line ({@code Docker Deployed: ✅}, or a line with {@code ❌}), when the stream has been
 * quiet for a while, and every 20 s otherwise. Once the row is terminal it reads the log once more ({@code readLogs},
 * up to 10000 lines, on servers that have it), waits briefly for the stream to catch up, delivers any line the stream
 * did not, closes the stream and completes with the final row.
 *
 * <h2>What it cannot tell apart</h2>
 * Dokploy names log files after the second a deployment started: two deployments of the same service started in the
 * same second write to the same file, and a follow of either shows both builds' lines.
 */
public interface LogFollow extends AutoCloseable {
    /**
     * Returns how the log is read now: {@link LogFollowMode#LIVE} or {@link LogFollowMode#POLLING} (an
     * {@link LogFollowMode#AUTO} follow reports {@code LIVE} until it falls back).
     *
     * @return the current mode
     */
    LogFollowMode mode();

    /**
     * Returns how many lines were delivered so far.
     *
     * @return the count
     */
    long linesDelivered();

    /**
     * Waits until the follow ends and returns the deployment's terminal row, once every line was delivered.
     *
     * @param timeout how long to wait at most; the follow goes on when the time is up
     * @return the terminal row
     * @throws io.github.dokploy4j.error.DeploymentTimeoutException when the time is up
     * @throws io.github.dokploy4j.error.UnauthorizedException when the key is refused
     * @throws io.github.dokploy4j.error.DeploymentFailedException when the row was removed before it ended
     * @throws io.github.dokploy4j.error.NotFoundException when a deployment id is not found
     * @throws io.github.dokploy4j.error.DokployException when the log cannot be read
     * @throws java.util.concurrent.CancellationException when the follow was closed
     */
    Deployment awaitCompletion(Duration timeout);

    /**
     * Returns the asynchronous view of the same follow.
     *
     * @return the asynchronous follow
     */
    AsyncLogFollow async();

    /** Stops following: closes the stream, stops polling, and cancels the follow if it has not ended. */
    @Override
    void close();
}
