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
 * A compose service as an environment lists it ({@link Environment#compose()}): {@code project.all} sends its id,
 * name and status. Procedures that send more columns keep them in {@link #additionalProperties()}; read the whole
 * row with {@code client.compose().one(composeId)}.
 */
@Value.Immutable
@Value.Style(visibility = Value.Style.ImplementationVisibility.PACKAGE,
        builderVisibility = Value.Style.BuilderVisibility.PACKAGE, overshadowImplementation = true, jdkOnly = true,
        optionalAcceptNullable = true, redactedMask = SecretFields.PLACEHOLDER,
        defaults = @Value.Immutable(copy = false))
@JsonSerialize(as = ImmutableEnvironmentCompose.class)
@JsonDeserialize(builder = EnvironmentCompose.Builder.class)
public abstract class EnvironmentCompose {

    EnvironmentCompose() {
    }

    /**
     * The compose service's id.
     *
     * @return the value
     */
    @JsonProperty("composeId")
    public abstract String composeId();

    /**
     * The compose service's name.
     *
     * @return the value
     */
    @JsonProperty("name")
    public abstract String name();

    /**
     * The compose service's state.
     *
     * @return the value read from {@link #rawComposeStatus()}; {@link ApplicationStatus#UNKNOWN} when it is missing,
     *     {@code null} or
     *     new
     */
    public final ApplicationStatus composeStatus() {
        return ApplicationStatus.fromWire(rawComposeStatus().orElse(null));
    }

    /**
     * The {@code composeStatus} column exactly as the server sent it, to see a value newer than this SDK.
     *
     * @return the wire string, or empty when it was {@code null} or missing
     */
    @JsonProperty("composeStatus")
    public abstract Optional<String> rawComposeStatus();

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
     * Builds {@link EnvironmentCompose} values; {@code composeId} and {@code name} are required.
     */
    public static final class Builder extends ImmutableEnvironmentCompose.Builder {
        Builder() {
        }
    }
}
