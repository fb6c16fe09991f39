package io.github.dokploy4j.project;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.dokploy4j.SecretFields;
import io.github.dokploy4j.environment.Environment;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What {@code project.create} answers: the new project and the {@code production} environment the server creates with
 * it.
 */
@Value.Immutable
@Value.Style(visibility = Value.Style.ImplementationVisibility.PACKAGE,
        builderVisibility = Value.Style.BuilderVisibility.PACKAGE, overshadowImplementation = true, jdkOnly = true,
        optionalAcceptNullable = true, redactedMask = SecretFields.PLACEHOLDER,
        defaults = @Value.Immutable(copy = false))
@JsonSerialize(as = ImmutableProjectCreated.class)
@JsonDeserialize(builder = ProjectCreated.Builder.class)
public abstract class ProjectCreated {

    ProjectCreated() {
    }

    /**
     * The new project (the plain row, without environments).
     *
     * @return the row
     */
    @JsonProperty("project")
    public abstract Project project();

    /**
     * The project's default environment, named {@code production}, with {@link Environment#isDefault()} set.
     *
     * @return the row
     */
    @JsonProperty("environment")
    public abstract Environment environment();

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
     * Builds {@link ProjectCreated} values; {@code project} and {@code environment} are required.
     */
    public static final class Builder extends ImmutableProjectCreated.Builder {
        Builder() {
        }
    }
}
