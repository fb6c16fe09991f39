package io.github.dokploy4j.deployment;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The environment a service lives in, with its project, as {@code deployment.allCentralized} embeds it
 * ({@link ApplicationSummary#environment()}, {@link ComposeSummary#environment()}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEnvironmentSummary.class)
@JsonDeserialize(builder = EnvironmentSummary.Builder.class)
public abstract class EnvironmentSummary {

    EnvironmentSummary() {
    }

    /**
     * The environment's id.
     *
     * @return the {@code environmentId}
     */
    public abstract String environmentId();

    /**
     * The environment's name, e.g. {@code "production"}.
     *
     * @return the {@code name}
     */
    public abstract String name();

    /**
     * The project the environment belongs to.
     *
     * @return the {@code project}
     */
    public abstract ProjectSummary project();

    /**
     * JSON keys this SDK does not model, kept as sent (a newer server may add some) and written back as they came.
     *
     * @return the unknown keys and their values; empty when there were none
     */
    @JsonAnyGetter
    public abstract Map<String, JsonNode> additionalProperties();

    /**
     * Starts building an environment summary, e.g. for a test double.
     *
     * @return a new, empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link EnvironmentSummary} values; {@code environmentId}, {@code name} and {@code project} are
     * required.
     */
    public static final class Builder extends ImmutableEnvironmentSummary.Builder {
        Builder() {
        }
    }
}
