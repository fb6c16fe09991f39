package io.github.dokploy4j.deployment;

/**
 * How a {@link LogFollow} reads a deployment's log.
 *
 * <ul>
 *   <li>{@link #LIVE}: Dokploy's {@code /listen-deployment} WebSocket, the stream its own UI shows. Lines arrive as
 *       the build writes them.</li>
 *   <li>{@link #POLLING}: repeated {@code deployment.readLogs} calls (Dokploy
 *       {@value ProcedureVersions#READ_LOGS} and later). Works where
 *       WebSockets do not pass (some proxies and firewalls); lines arrive a poll interval late.</li>
 *   <li>{@link #AUTO}: live, falling back to polling when the socket is refused or closed without a status.</li>
 * </ul>
 */
public enum LogFollowMode {
    /** The live WebSocket stream only; a stream that cannot be opened fails the follow. */
    LIVE,
    /** {@code readLogs} polling only. */
    POLLING,
    /** Live, falling back to polling when the WebSocket is refused or closed bare. The default. */
    AUTO
}
