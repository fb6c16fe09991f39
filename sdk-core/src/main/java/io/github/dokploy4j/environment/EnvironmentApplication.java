package io.github.dokploy4j.environment;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.dokploy4j.SecretFields;
import io.github.dokploy4j.application.ApplicationStatus;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An application as an environment lists it ({@link Environment#applications()}): {@code project.all} sends its id,
 * name and status. Procedures that send more columns keep them in {@link #additionalProperties()}; read the whole
 * row with {@code client.applications().one(applicationId)}.
 */
@Value.Immutable
@Value.Style(visibility = Value.Style.ImplementationVisibility.PACKAGE,
        builderVisibility = Value.Style.BuilderVisibility.PACKAGE, overshadowImplementation = true, jdkOnly = true,
        optionalAcceptNullable = true, redactedMask = SecretFields.PLACEHOLDER,
        defaults = @Value.Immutable(copy = false))
@JsonSerialize(as = ImmutableEnvironmentApplication.class)
@JsonDeserialize(builder = EnvironmentApplication.Builder.class)
public abstract class EnvironmentApplication {

    EnvironmentApplication() {
    }

    /**
     * The application's id.
     *
     * @return the value
     */
    @JsonProperty("applicationId")
    public abstract String applicationId();

    /**
     * The application's name.
     *
     * @return the value
     */
    @JsonProperty("name")
    public abstract String name();

    /**
     * The application's state.
     *
     * @return the value read from {@link #rawApplicationStatus()}; {@link ApplicationStatus#UNKNOWN} when it is
     *     missing, {@code null} or
     *     new
     */
    public final ApplicationStatus applicationStatus() {
        return ApplicationStatus.fromWire(rawApplicationStatus().orElse(null));
    }

    /**
     * The {@code applicationStatus} column exactly as the server sent it, to see a value newer than this SDK.
     *
     * @return the wire string, or empty when it was {@code null} or missing
     */
    @JsonProperty("applicationStatus")
    public abstract Optional<String> rawApplicationStatus();

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
     * Builds {@link EnvironmentApplication} values; {@code applicationId} and {@code name} are required.
     */
    public static final class Builder extends ImmutableEnvironmentApplication.Builder {
        Builder() {
        }
    }
}
