package io.github.dokploy4j.deployment;

import io.github.dokploy4j.error.DokployException;

/**
 * Receives a deployment's log, one line at a time, from a {@link LogFollow}.
 *
 * <pre>{@code
 * try (LogFollow follow = client.deployments().follow(deploymentId, System.out::println)) {
 *     Deployment end = follow.awaitCompletion(Duration.ofMinutes(15));
 * }
 * }</pre>
 *
 * <p>Calls come one at a time, in log order, on the client's executor (the one given to
 * {@code DokployClientBuilder.executor(…)}, else the client's own threads), never two at once. A slow listener slows
 * the stream down rather than piling lines up in memory: the next WebSocket message is asked for, and the next
 * {@code readLogs} window read, only once the lines before were delivered. An exception thrown by a method is logged
 * once (at WARN; again at DEBUG) and the follow goes on.
 */
@FunctionalInterface
public interface LogListener {
    /**
     * Receives one log line, without its line break ({@code \n} or {@code \r\n}). Each line of the log file is
     * delivered once, in order, also across reconnects.
     *
     * @param line the line; may be empty
     */
    void onLine(String line);

    /**
     * Receives a problem the follow reports: an error text the server sent in the stream instead of log lines
     * ({@code "tail error: …"} when the log file does not exist, {@code "SSH error: …"} when a remote server cannot be
     * reached), a dropped stream that is being reopened, or a fall back from the WebSocket to polling. When the
     * problem ends the follow, the same exception also ends it ({@link LogFollow#awaitCompletion},
     * {@link AsyncLogFollow#completion()}).
     *
     * @param error what happened; an {@link io.github.dokploy4j.error.UnauthorizedException} when the server closed
     *     the stream right after the handshake, which is how Dokploy refuses a key
     */
    default void onError(DokployException error) {
    }

    /**
     * Tells that lines may be missing at this point: while polling, more lines were written between two polls than one
     * {@code readLogs} window holds, so the lines before the ones that follow could not all be read. Never happens on
     * the live stream.
     */
    default void onGap() {
    }

    /**
     * Receives the deployment's final row once every line of its log was delivered; nothing is called after it.
     *
     * @param deployment the terminal row ({@code done}, {@code error} or {@code cancelled})
     */
    default void onEnd(Deployment deployment) {
    }
}
