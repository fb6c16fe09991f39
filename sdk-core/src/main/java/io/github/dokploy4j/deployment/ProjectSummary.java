package io.github.dokploy4j.deployment;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The project an environment belongs to, as {@code deployment.allCentralized} embeds it
 * ({@link EnvironmentSummary#project()}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProjectSummary.class)
@JsonDeserialize(builder = ProjectSummary.Builder.class)
public abstract class ProjectSummary {

    ProjectSummary() {
    }

    /**
     * The project's id.
     *
     * @return the {@code projectId}
     */
    public abstract String projectId();

    /**
     * The project's display name.
     *
     * @return the {@code name}
     */
    public abstract String name();

    /**
     * JSON keys this SDK does not model, kept as sent (a newer server may add some) and written back as they came.
     *
     * @return the unknown keys and their values; empty when there were none
     */
    @JsonAnyGetter
    public abstract Map<String, JsonNode> additionalProperties();

    /**
     * Starts building a project summary, e.g. for a test double.
     *
     * @return a new, empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link ProjectSummary} values; {@code projectId} and {@code name} are required. */
    public static final class Builder extends ImmutableProjectSummary.Builder {
        Builder() {
        }
    }
}
