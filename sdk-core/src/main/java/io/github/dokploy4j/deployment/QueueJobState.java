package io.github.dokploy4j.deployment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * The state of a job in the deployment queue ({@link QueueJob#state()}).
 *
 * <p>Which states appear depends on the server:
 * <ul>
 *   <li>self-hosted v0.29.9 and later (in-memory queue): only {@link #WAITING} and {@link #ACTIVE}; finished jobs
 *       leave the queue at once;</li>
 *   <li>self-hosted v0.28.3 to v0.29.8 (BullMQ): BullMQ's {@code getState()} values, {@code waiting},
 *       {@code active}, {@code delayed}, {@code prioritized}, {@code waiting-children}, {@code completed},
 *       {@code failed} and {@code unknown};</li>
 *   <li>Dokploy Cloud: {@code pending}, {@code active}, {@code completed}, {@code failed}, {@code cancelled}.</li>
 * </ul>
 * Anything else (e.g. {@code waiting-children}) reads as {@link #UNKNOWN}, with the wire string kept in
 * {@link QueueJob#rawState()}.
 */
public enum QueueJobState {
    /** {@code waiting}: queued behind another job of the same service or server. */
    WAITING("waiting"),
    /** {@code active}: a worker runs the job; its deployment row exists and is {@code running}. */
    ACTIVE("active"),
    /** {@code delayed}: BullMQ only (v0.28.3 to v0.29.8). */
    DELAYED("delayed"),
    /** {@code prioritized}: BullMQ only (v0.28.3 to v0.29.8). */
    PRIORITIZED("prioritized"),
    /** {@code paused}: known to the Dokploy UI; not sent by the v0.30 server. */
    PAUSED("paused"),
    /** {@code pending}: Dokploy Cloud's word for a job not started yet. */
    PENDING("pending"),
    /** {@code completed}: BullMQ and Dokploy Cloud; self-hosted v0.29.9+ drops finished jobs instead. */
    COMPLETED("completed"),
    /** {@code failed}: BullMQ and Dokploy Cloud; {@link QueueJob#failedReason()} may say why. */
    FAILED("failed"),
    /** {@code cancelled}: Dokploy Cloud only. */
    CANCELLED("cancelled"),
    /** A missing or unrecognised state (BullMQ's own {@code unknown} too); {@link QueueJob#rawState()} keeps it. */
    UNKNOWN("unknown");

    private final String wireValue;

    QueueJobState(String wireValue) {
        this.wireValue = wireValue;
    }

    /**
     * The state as the server spells it, e.g. {@code "waiting"}.
     *
     * @return the wire value
     */
    @JsonValue
    public String wireValue() {
        return wireValue;
    }

    /**
     * Reads a state as the server sends it.
     *
     * @param wireValue the JSON string, possibly {@code null}
     * @return the matching constant, or {@link #UNKNOWN} for {@code null} or a value this SDK does not know
     */
    @JsonCreator
    public static QueueJobState fromWire(@Nullable String wireValue) {
        if (wireValue != null) {
            for (QueueJobState state : values()) {
                if (state.wireValue.equals(wireValue)) {
                    return state;
                }
            }
        }
        return UNKNOWN;
    }
}
