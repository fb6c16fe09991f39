package io.github.dokploy4j.internal.poll;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/**
 * What a client has learnt about its server, kept for the client's lifetime and shared by all its views: whether it is
 * self-hosted or Dokploy Cloud (from the answer of a deploy), whether the log WebSocket is refused on the way (a
 * proxy), whether its build queue can be read. Procedures the server lacks are remembered by the call engine.
 */
public final class ServerTraits {
    /** Which kind of Dokploy a client talks to. */
    public enum Kind {
        /** Not known yet. */
        UNKNOWN,
        /** A self-hosted installation: {@code cancelDeployment} always answers 400. */
        SELF_HOSTED,
        /** Dokploy Cloud. */
        CLOUD
    }

    private volatile Kind kind = Kind.UNKNOWN;
    private volatile boolean liveLogRefused;
    private volatile boolean queueUnreadable;

    /**
     * Returns the kind of server, as far as known.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Records the kind of server.
     *
     * @param learnt the kind
     */
    public void kind(Kind learnt) {
        kind = learnt;
    }

    /**
     * Learns the kind from a deploy's answer: self-hosted Dokploy answers an application deploy with an empty body and
     * a compose deploy with {@code {"success":true,"message":"Deployment queued",…}}; Dokploy Cloud answers
     * {@code true} to both.
     *
     * @param answer the deploy's answer, {@code null} for an empty body
     */
    public void learnFromDeployAnswer(@Nullable JsonNode answer) {
        if (answer == null || answer.isNull() || answer.isObject()) {
            kind = Kind.SELF_HOSTED;
        } else if (answer.isBoolean()) {
            kind = Kind.CLOUD;
        }
    }

    /**
     * Tells whether a log WebSocket was refused on the way to the server (its handshake got an HTTP answer instead of
     * the upgrade), so that log following and deploy waits go straight to polling.
     *
     * @return whether to skip the WebSocket
     */
    public boolean liveLogRefused() {
        return liveLogRefused;
    }

    /** Records that the log WebSocket is refused: the client does not try it again. */
    public void markLiveLogRefused() {
        liveLogRefused = true;
    }

    /**
     * Tells whether the server's queue rows could not be read once already (said at WARN then, not again).
     *
     * @return whether the queue is skipped
     */
    public boolean queueUnreadable() {
        return queueUnreadable;
    }

    /** Records that the queue rows cannot be read: the client skips the queue from now on. */
    public void markQueueUnreadable() {
        queueUnreadable = true;
    }
}
