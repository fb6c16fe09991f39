package io.github.dokploy4j.deployment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * What a remote server is used for ({@link ServerSummary#serverType()}): the server's {@code serverType} enum is
 * {@code deploy} or {@code build}.
 */
public enum ServerType {
    /** {@code deploy}: services run on this server. */
    DEPLOY("deploy"),
    /** {@code build}: a build server, where applications with a {@code buildServerId} are built. */
    BUILD("build"),
    /** A missing or unrecognised type; {@link ServerSummary#rawServerType()} keeps the wire string. */
    UNKNOWN("unknown");

    private final String wireValue;

    ServerType(String wireValue) {
        this.wireValue = wireValue;
    }

    /**
     * The type as the server spells it, e.g. {@code "deploy"}.
     *
     * @return the wire value
     */
    @JsonValue
    public String wireValue() {
        return wireValue;
    }

    /**
     * Reads a server type as the server sends it.
     *
     * @param wireValue the JSON string, possibly {@code null}
     * @return the matching constant, or {@link #UNKNOWN} for {@code null} or a value this SDK does not know
     */
    @JsonCreator
    public static ServerType fromWire(@Nullable String wireValue) {
        if (wireValue != null) {
            for (ServerType type : values()) {
                if (type.wireValue.equals(wireValue)) {
                    return type;
                }
            }
        }
        return UNKNOWN;
    }
}
