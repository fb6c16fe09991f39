package io.github.dokploy4j.deployment;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The compose service a deployment belongs to, as {@code deployment.allCentralized} embeds it
 * ({@link Deployment#compose()}): {@code {composeId, name, appName, icon, environment{…project}, server}}.
 * Compose services have no build server.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableComposeSummary.class)
@JsonDeserialize(builder = ComposeSummary.Builder.class)
public abstract class ComposeSummary {

    ComposeSummary() {
    }

    /**
     * The compose service's id.
     *
     * @return the {@code composeId}
     */
    public abstract String composeId();

    /**
     * The compose service's display name.
     *
     * @return the {@code name}
     */
    public abstract String name();

    /**
     * The compose service's unique technical name (stack name, log folder name), e.g.
     * {@code "shop-stack-p4n8s1"}.
     *
     * @return the {@code appName}
     */
    public abstract String appName();

    /**
     * The compose service's icon as the UI stores it.
     *
     * @return the {@code icon}, or empty when none is set (the column is nullable)
     */
    public abstract Optional<String> icon();

    /**
     * The environment, with its project, the compose service lives in.
     *
     * @return the {@code environment}
     */
    public abstract EnvironmentSummary environment();

    /**
     * The remote server the compose service runs on.
     *
     * @return the {@code server}, or empty when it runs on the Dokploy host
     */
    public abstract Optional<ServerSummary> server();

    /**
     * JSON keys this SDK does not model, kept as sent (a newer server may add some) and written back as they came.
     *
     * @return the unknown keys and their values; empty when there were none
     */
    @JsonAnyGetter
    public abstract Map<String, JsonNode> additionalProperties();

    /**
     * Starts building a compose summary, e.g. for a test double.
     *
     * @return a new, empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link ComposeSummary} values; {@code composeId}, {@code name}, {@code appName} and
     * {@code environment} are required.
     */
    public static final class Builder extends ImmutableComposeSummary.Builder {
        Builder() {
        }
    }
}
