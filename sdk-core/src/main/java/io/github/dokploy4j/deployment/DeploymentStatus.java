package io.github.dokploy4j.deployment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * The status of one deployment row ({@link Deployment#status()}).
 *
 * <p>The server's {@code deploymentStatus} column holds {@code running}, {@code done}, {@code error} and, since
 * v0.25.4, {@code cancelled} (rows left running when a self-hosted server restarts). The column is nullable, and a
 * newer server may add values: both read as {@link #UNKNOWN}, with the wire string kept in
 * {@link Deployment#rawStatus()}.
 *
 * <p>The public docs page lists {@code idle/running/done/error}. Those are the values of a <em>service's</em>
 * status ({@code applicationStatus}, {@code composeStatus}); {@code idle} is a service at rest. {@link #IDLE} is
 * here because the docs page uses it for a queued deployment, but the server never sends it for a deployment: a
 * queued deployment has no row at all until a worker takes its job (see {@link QueueJob}).
 */
public enum DeploymentStatus {
    /** {@code idle}: the docs page's word for a queued deployment; never sent by the server for a deployment row. */
    IDLE("idle"),
    /** {@code running}: the build is in progress (the column's default when the row is inserted). */
    RUNNING("running"),
    /** {@code done}: the build succeeded; also set by the cloud-only {@code cancelDeployment}. */
    DONE("done"),
    /** {@code error}: the build failed, creating the deployment failed, or {@code deployment.killProcess} ran. */
    ERROR("error"),
    /** {@code cancelled} (v0.25.4 and later): the deployment was running when the self-hosted server restarted. */
    CANCELLED("cancelled"),
    /** A missing ({@code null}) or unrecognised status; {@link Deployment#rawStatus()} keeps the wire string. */
    UNKNOWN("unknown");

    private final String wireValue;

    DeploymentStatus(String wireValue) {
        this.wireValue = wireValue;
    }

    /**
     * The status as the server spells it, e.g. {@code "cancelled"}.
     *
     * @return the wire value; {@code "unknown"} for {@link #UNKNOWN}, which the server never sends
     */
    @JsonValue
    public String wireValue() {
        return wireValue;
    }

    /**
     * Whether a deployment in this status has finished and will not change status again by itself.
     *
     * @return {@code true} for {@link #DONE}, {@link #ERROR} and {@link #CANCELLED}
     */
    public boolean isTerminal() {
        return this == DONE || this == ERROR || this == CANCELLED;
    }

    /**
     * Reads a status as the server sends it.
     *
     * @param wireValue the JSON string, possibly {@code null}
     * @return the matching constant, or {@link #UNKNOWN} for {@code null} or a value this SDK does not know
     */
    @JsonCreator
    public static DeploymentStatus fromWire(@Nullable String wireValue) {
        if (wireValue != null) {
            for (DeploymentStatus status : values()) {
                if (status.wireValue.equals(wireValue)) {
                    return status;
                }
            }
        }
        return UNKNOWN;
    }
}
