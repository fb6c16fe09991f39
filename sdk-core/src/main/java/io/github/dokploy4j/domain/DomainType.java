package io.github.dokploy4j.domain;

import org.jspecify.annotations.Nullable;

/**
 * What a domain routes to ({@code domainType}).
 */
public enum DomainType {
    /** {@code application}. */
    APPLICATION("application"),

    /** {@code compose}: a service of a compose file. */
    COMPOSE("compose"),

    /** {@code preview}: a preview deployment. */
    PREVIEW("preview"),

    /** A value this SDK does not know, or none; the row's raw accessor holds the wire string. */
    UNKNOWN("");

    private final String wireValue;

    DomainType(String wireValue) {
        this.wireValue = wireValue;
    }

    /**
     * Returns the value as the server sends it.
     *
     * @return e.g. {@code application}; empty for {@link #UNKNOWN}
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
    public static DomainType fromWire(@Nullable String value) {
        if (value == null) {
            return UNKNOWN;
        }
        for (DomainType candidate : values()) {
            if (candidate != UNKNOWN && candidate.wireValue.equals(value)) {
                return candidate;
            }
        }
        return UNKNOWN;
    }
}
