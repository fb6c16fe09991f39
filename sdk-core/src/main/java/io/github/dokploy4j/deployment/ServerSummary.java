package io.github.dokploy4j.deployment;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A remote server as {@code deployment.allCentralized} embeds it: {@link Deployment#server()},
 * {@link Deployment#buildServer()}, {@link ApplicationSummary#server()}, {@link ApplicationSummary#buildServer()}
 * and {@link ComposeSummary#server()}. The server sends {@code {serverId, name, serverType}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableServerSummary.class)
@JsonDeserialize(builder = ServerSummary.Builder.class)
public abstract class ServerSummary {

    ServerSummary() {
    }

    /**
     * The server's id.
     *
     * @return the {@code serverId}
     */
    public abstract String serverId();

    /**
     * The server's display name.
     *
     * @return the {@code name}
     */
    public abstract String name();

    /**
     * What the server is used for.
     *
     * @return the type read from {@link #rawServerType()}; {@link ServerType#UNKNOWN} when missing or new, never
     *     {@code null}
     */
    public final ServerType serverType() {
        return ServerType.fromWire(rawServerType().orElse(null));
    }

    /**
     * The {@code serverType} exactly as the server sent it ({@code "deploy"} or {@code "build"} in v0.30).
     *
     * @return the wire string, or empty when the key was missing or {@code null}
     */
    @JsonProperty("serverType")
    public abstract Optional<String> rawServerType();

    /**
     * JSON keys this SDK does not model, kept as sent (a newer server may add some) and written back as they came.
     *
     * @return the unknown keys and their values; empty when there were none
     */
    @JsonAnyGetter
    public abstract Map<String, JsonNode> additionalProperties();

    /**
     * Starts building a server summary, e.g. for a test double.
     *
     * @return a new, empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link ServerSummary} values; {@code serverId} and {@code name} are required. */
    public static final class Builder extends ImmutableServerSummary.Builder {
        Builder() {
        }

        /**
         * Sets the server type by its constant; stores its wire value as {@link ServerSummary#rawServerType()}.
         *
         * @param serverType the type; {@link ServerType#UNKNOWN} leaves the raw type empty
         * @return this builder
         */
        public Builder serverType(ServerType serverType) {
            return rawServerType(serverType == ServerType.UNKNOWN ? Optional.empty()
                    : Optional.of(serverType.wireValue()));
        }
    }
}
