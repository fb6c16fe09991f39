package io.github.dokploy4j.domain;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.dokploy4j.SecretFields;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The application a domain routes to, as {@code domain.one} embeds it ({@link Domain#application()}).
 */
@Value.Immutable
@Value.Style(visibility = Value.Style.ImplementationVisibility.PACKAGE,
        builderVisibility = Value.Style.BuilderVisibility.PACKAGE, overshadowImplementation = true, jdkOnly = true,
        optionalAcceptNullable = true, redactedMask = SecretFields.PLACEHOLDER,
        defaults = @Value.Immutable(copy = false))
@JsonSerialize(as = ImmutableDomainService.class)
@JsonDeserialize(builder = DomainService.Builder.class)
public abstract class DomainService {

    DomainService() {
    }

    /**
     * The application's id.
     *
     * @return the value
     */
    @JsonProperty("applicationId")
    public abstract String applicationId();

    /**
     * The application's Docker service name.
     *
     * @return the value
     */
    @JsonProperty("appName")
    public abstract String appName();

    /**
     * The application's name.
     *
     * @return the value
     */
    @JsonProperty("name")
    public abstract String name();

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
     * Builds {@link DomainService} values; {@code applicationId}, {@code appName} and {@code name} are required.
     */
    public static final class Builder extends ImmutableDomainService.Builder {
        Builder() {
        }
    }
}
