package io.github.dokploy4j.environment;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.dokploy4j.SecretFields;
import io.github.dokploy4j.project.Project;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An environment of a project ({@code production}, {@code staging}, …), which holds the services.
 * {@code environment.create}, {@code update} and {@code remove} answer the plain row; {@code environment.one} and
 * {@code byProjectId} add the services and {@link #project()}; {@code project.one} and {@code project.all} embed
 * environments with their services ({@code all} without {@link #createdAt()}, {@link #env()},
 * {@link #projectId()}).
 */
@Value.Immutable
@Value.Style(visibility = Value.Style.ImplementationVisibility.PACKAGE,
        builderVisibility = Value.Style.BuilderVisibility.PACKAGE, overshadowImplementation = true, jdkOnly = true,
        optionalAcceptNullable = true, redactedMask = SecretFields.PLACEHOLDER,
        defaults = @Value.Immutable(copy = false))
@JsonSerialize(as = ImmutableEnvironment.class)
@JsonDeserialize(builder = Environment.Builder.class)
public abstract class Environment {

    Environment() {
    }

    /**
     * The environment's id, which services are created in.
     *
     * @return the value
     */
    @JsonProperty("environmentId")
    public abstract String environmentId();

    /**
     * The environment's name; every project starts with {@code production}.
     *
     * @return the value
     */
    @JsonProperty("name")
    public abstract String name();

    /**
     * The environment's description.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("description")
    public abstract Optional<String> description();

    /**
     * When the environment was created; {@code environment.one}, {@code byProjectId} and {@code project.all} leave
     * it out.
     *
     * @return the time, or empty when it is not sent
     */
    @JsonProperty("createdAt")
    public abstract Optional<Instant> createdAt();

    /**
     * The environment's shared variables ({@code KEY=value} lines), which services reference as
     * {@code ${{environment.KEY}}}; {@code environment.byProjectId} and {@code project.all} leave it out. Secret:
     * left out of {@link #toString()}.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("env")
    @Value.Redacted
    public abstract Optional<String> env();

    /**
     * The project the environment belongs to; {@code environment.byProjectId} and {@code project.all} leave it out.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("projectId")
    public abstract Optional<String> projectId();

    /**
     * Whether this is the project's default environment (the {@code production} one {@code project.create} made),
     * which cannot be deleted.
     *
     * @return the flag; {@code false} when the column is {@code null} or not sent
     */
    @JsonProperty("isDefault")
    @Value.Default
    public boolean isDefault() {
        return false;
    }

    /**
     * The environment's applications, as {@code environment.one}, {@code byProjectId}, {@code project.one} and
     * {@code project.all} embed them.
     *
     * @return the rows; empty when the procedure does not embed them
     */
    @JsonProperty("applications")
    @JsonSetter(nulls = Nulls.SKIP)
    public abstract List<EnvironmentApplication> applications();

    /**
     * The environment's compose services, as the same procedures embed them.
     *
     * @return the rows; empty when the procedure does not embed them
     */
    @JsonProperty("compose")
    @JsonSetter(nulls = Nulls.SKIP)
    public abstract List<EnvironmentCompose> compose();

    /**
     * The environment's libSQL databases; their shape is not captured yet, so they stay JSON.
     *
     * @return the rows as JSON (shown as {@code ***} in {@code toString()}); empty when not sent
     */
    @JsonProperty("libsql")
    @JsonSetter(nulls = Nulls.SKIP)
    @Value.Redacted
    public abstract List<JsonNode> libsql();

    /**
     * The environment's MariaDB databases, as JSON (shape not captured yet).
     *
     * @return the rows as JSON (shown as {@code ***} in {@code toString()}); empty when not sent
     */
    @JsonProperty("mariadb")
    @JsonSetter(nulls = Nulls.SKIP)
    @Value.Redacted
    public abstract List<JsonNode> mariadb();

    /**
     * The environment's MongoDB databases, as JSON (shape not captured yet).
     *
     * @return the rows as JSON (shown as {@code ***} in {@code toString()}); empty when not sent
     */
    @JsonProperty("mongo")
    @JsonSetter(nulls = Nulls.SKIP)
    @Value.Redacted
    public abstract List<JsonNode> mongo();

    /**
     * The environment's MySQL databases, as JSON (shape not captured yet).
     *
     * @return the rows as JSON (shown as {@code ***} in {@code toString()}); empty when not sent
     */
    @JsonProperty("mysql")
    @JsonSetter(nulls = Nulls.SKIP)
    @Value.Redacted
    public abstract List<JsonNode> mysql();

    /**
     * The environment's PostgreSQL databases, as JSON (shape not captured yet).
     *
     * @return the rows as JSON (shown as {@code ***} in {@code toString()}); empty when not sent
     */
    @JsonProperty("postgres")
    @JsonSetter(nulls = Nulls.SKIP)
    @Value.Redacted
    public abstract List<JsonNode> postgres();

    /**
     * The environment's Redis databases, as JSON (shape not captured yet).
     *
     * @return the rows as JSON (shown as {@code ***} in {@code toString()}); empty when not sent
     */
    @JsonProperty("redis")
    @JsonSetter(nulls = Nulls.SKIP)
    @Value.Redacted
    public abstract List<JsonNode> redis();

    /**
     * The project, which {@code environment.one} and {@code byProjectId} embed (the plain row).
     *
     * @return the relation, or empty when the procedure does not embed it or it is {@code null}
     */
    @JsonProperty("project")
    public abstract Optional<Project> project();

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
     * Builds {@link Environment} values; {@code environmentId} and {@code name} are required.
     */
    public static final class Builder extends ImmutableEnvironment.Builder {
        Builder() {
        }
    }
}
