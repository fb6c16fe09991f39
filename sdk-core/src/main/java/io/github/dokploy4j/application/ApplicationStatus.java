package io.github.dokploy4j.application;

import org.jspecify.annotations.Nullable;

/**
 * The state of an application or compose service ({@code applicationStatus}, {@code composeStatus}): what its last
 * deploy or start/stop left. Not a deployment's status ({@link io.github.dokploy4j.deployment.DeploymentStatus}).
 */
public enum ApplicationStatus {
    /** {@code idle}: never deployed, or stopped. */
    IDLE("idle"),

    /** {@code running}: a deploy is running. */
    RUNNING("running"),

    /** {@code done}: the last deploy succeeded. */
    DONE("done"),

    /** {@code error}: the last deploy failed. */
    ERROR("error"),

    /** A value this SDK does not know, or none; the row's raw accessor holds the wire string. */
    UNKNOWN("");

    private final String wireValue;

    ApplicationStatus(String wireValue) {
        this.wireValue = wireValue;
    }

    /**
     * Returns the value as the server sends it.
     *
     * @return e.g. {@code idle}; empty for {@link #UNKNOWN}
     */
    public String wireValue() {
        return wireValue;
    }

    /**
     * Reads a wire value.
     *
     * @param value the value, possibly {@code null}
     * @return the constant; {@link #UNKNOWN} for {@code null} and values this SDK does not know
     */
    public static ApplicationStatus fromWire(@Nullable String value) {
        if (value == null) {
            return UNKNOWN;
        }
        for (ApplicationStatus candidate : values()) {
            if (candidate != UNKNOWN && candidate.wireValue.equals(value)) {
                return candidate;
            }
        }
        return UNKNOWN;
    }
}
