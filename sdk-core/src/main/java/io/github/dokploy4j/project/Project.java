package io.github.dokploy4j.project;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.dokploy4j.SecretFields;
import io.github.dokploy4j.environment.Environment;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A project: the top of Dokploy's hierarchy (project → environments → services). {@code project.create} answers it
 * inside {@link ProjectCreated}; {@code project.update} and {@code project.remove} answer the plain row;
 * {@code project.one} and {@code project.all} add {@link #environments()} and {@link #projectTags()}.
 */
@Value.Immutable
@Value.Style(visibility = Value.Style.ImplementationVisibility.PACKAGE,
        builderVisibility = Value.Style.BuilderVisibility.PACKAGE, overshadowImplementation = true, jdkOnly = true,
        optionalAcceptNullable = true, redactedMask = SecretFields.PLACEHOLDER,
        defaults = @Value.Immutable(copy = false))
@JsonSerialize(as = ImmutableProject.class)
@JsonDeserialize(builder = Project.Builder.class)
public abstract class Project {

    Project() {
    }

    /**
     * The project's id, which {@code project.one}, {@code update} and {@code remove} take.
     *
     * @return the value
     */
    @JsonProperty("projectId")
    public abstract String projectId();

    /**
     * The project's name.
     *
     * @return the value
     */
    @JsonProperty("name")
    public abstract String name();

    /**
     * The project's description.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("description")
    public abstract Optional<String> description();

    /**
     * When the project was created.
     *
     * @return the time
     */
    @JsonProperty("createdAt")
    public abstract Instant createdAt();

    /**
     * The organization the project belongs to (the API key's organization).
     *
     * @return the value
     */
    @JsonProperty("organizationId")
    public abstract String organizationId();

    /**
     * The project's shared environment variables ({@code KEY=value} lines, {@code ""} when none), which services
     * reference as {@code ${{project.KEY}}}. Secret: left out of {@link #toString()}.
     *
     * @return the value
     */
    @JsonProperty("env")
    @Value.Redacted
    public abstract String env();

    /**
     * The project's environments, each with its services; {@code project.one} and {@code project.all} embed them
     * ({@code all} sends fewer columns of each).
     *
     * @return the rows; empty when the procedure does not embed them
     */
    @JsonProperty("environments")
    @JsonSetter(nulls = Nulls.SKIP)
    public abstract List<Environment> environments();

    /**
     * The project's tags as the server joins them ({@code project.one}, {@code project.all}); their shape is not
     * captured yet, so they stay JSON.
     *
     * @return the rows as JSON (shown as {@code ***} in {@code toString()}); empty when not sent
     */
    @JsonProperty("projectTags")
    @JsonSetter(nulls = Nulls.SKIP)
    @Value.Redacted
    public abstract List<JsonNode> projectTags();

    /**
     * JSON keys this SDK does not model, kept as sent (a newer server may add columns or relations) and written back
     * as they came. Shown as {@code ***} in {@link #toString()}, since a key unknown to this SDK may hold a secret.
     *
     * @return the unknown keys and their values; empty when there were none
     */
    @JsonAnyGetter
    @Value.Redacted
    public abstract Map<String, JsonNode> additionalProperties();

    /**
     * Starts building a row, e.g. for a test double.
     *
     * @return a new, empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link Project} values; {@code projectId}, {@code name}, {@code createdAt}, {@code organizationId} and
     * {@code env} are required.
     */
    public static final class Builder extends ImmutableProject.Builder {
        Builder() {
        }
    }
}
