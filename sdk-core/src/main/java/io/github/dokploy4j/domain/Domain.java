package io.github.dokploy4j.domain;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.dokploy4j.SecretFields;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A domain that Traefik routes to an application, a compose service or a preview deployment. {@code domain.create},
 * {@code update}, {@code delete} and {@code byApplicationId} answer the plain row; {@code domain.one} adds
 * {@link #application()}.
 */
@Value.Immutable
@Value.Style(visibility = Value.Style.ImplementationVisibility.PACKAGE,
        builderVisibility = Value.Style.BuilderVisibility.PACKAGE, overshadowImplementation = true, jdkOnly = true,
        optionalAcceptNullable = true, redactedMask = SecretFields.PLACEHOLDER,
        defaults = @Value.Immutable(copy = false))
@JsonSerialize(as = ImmutableDomain.class)
@JsonDeserialize(builder = Domain.Builder.class)
public abstract class Domain {

    Domain() {
    }

    /**
     * The domain's id.
     *
     * @return the value
     */
    @JsonProperty("domainId")
    public abstract String domainId();

    /**
     * The host name Traefik routes, e.g. {@code app.example.com}.
     *
     * @return the value
     */
    @JsonProperty("host")
    public abstract String host();

    /**
     * Whether Traefik serves the domain over HTTPS (with {@link #certificateType()}).
     *
     * @return the flag; {@code false} when the column is {@code null} or not sent
     */
    @JsonProperty("https")
    @Value.Default
    public boolean https() {
        return false;
    }

    /**
     * The container port requests are sent to.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("port")
    public abstract Optional<Integer> port();

    /**
     * A Traefik entry point other than {@code web}/{@code websecure}.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("customEntrypoint")
    public abstract Optional<String> customEntrypoint();

    /**
     * The path prefix routed, {@code /} by default.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("path")
    public abstract Optional<String> path();

    /**
     * The service of a compose file the domain routes to (compose domains).
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("serviceName")
    public abstract Optional<String> serviceName();

    /**
     * What the domain routes to.
     *
     * @return the value read from {@link #rawDomainType()}; {@link DomainType#UNKNOWN} when it is missing,
     *     {@code null} or
     *     new
     */
    public final DomainType domainType() {
        return DomainType.fromWire(rawDomainType().orElse(null));
    }

    /**
     * The {@code domainType} column exactly as the server sent it, to see a value newer than this SDK.
     *
     * @return the wire string, or empty when it was {@code null} or missing
     */
    @JsonProperty("domainType")
    public abstract Optional<String> rawDomainType();

    /**
     * A number the server uses to name the domain's Traefik router.
     *
     * @return the value
     */
    @JsonProperty("uniqueConfigKey")
    public abstract int uniqueConfigKey();

    /**
     * When the domain was created.
     *
     * @return the time
     */
    @JsonProperty("createdAt")
    public abstract Instant createdAt();

    /**
     * The compose service, for compose domains.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("composeId")
    public abstract Optional<String> composeId();

    /**
     * The certificate resolver of {@link CertificateType#CUSTOM}.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("customCertResolver")
    public abstract Optional<String> customCertResolver();

    /**
     * The application, for application domains.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("applicationId")
    public abstract Optional<String> applicationId();

    /**
     * The preview deployment, for preview domains.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("previewDeploymentId")
    public abstract Optional<String> previewDeploymentId();

    /**
     * How the TLS certificate is obtained.
     *
     * @return the value read from {@link #rawCertificateType()}; {@link CertificateType#UNKNOWN} when it is missing,
     *     {@code null} or
     *     new
     */
    public final CertificateType certificateType() {
        return CertificateType.fromWire(rawCertificateType().orElse(null));
    }

    /**
     * The {@code certificateType} column exactly as the server sent it, to see a value newer than this SDK.
     *
     * @return the wire string, or empty when it was {@code null} or missing
     */
    @JsonProperty("certificateType")
    public abstract Optional<String> rawCertificateType();

    /**
     * The path the request is rewritten to inside the container, {@code /} by default.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("internalPath")
    public abstract Optional<String> internalPath();

    /**
     * Whether {@link #path()} is stripped before the request reaches the container.
     *
     * @return the flag; {@code false} when the column is {@code null} or not sent
     */
    @JsonProperty("stripPath")
    @Value.Default
    public boolean stripPath() {
        return false;
    }

    /**
     * Extra Traefik middlewares, by name.
     *
     * @return the values; empty when the column is {@code null} or not sent
     */
    @JsonProperty("middlewares")
    @JsonSetter(nulls = Nulls.SKIP)
    public abstract List<String> middlewares();

    /**
     * Whether forward authentication protects the domain.
     *
     * @return the flag; {@code false} when the column is {@code null} or not sent
     */
    @JsonProperty("forwardAuthEnabled")
    @Value.Default
    public boolean forwardAuthEnabled() {
        return false;
    }

    /**
     * Whether the domain is routed.
     *
     * @return the flag; {@code false} when the column is {@code null} or not sent
     */
    @JsonProperty("enabled")
    @Value.Default
    public boolean enabled() {
        return false;
    }

    /**
     * The application, as {@code domain.one} embeds it for application domains.
     *
     * @return the relation, or empty when the procedure does not embed it or it is {@code null}
     */
    @JsonProperty("application")
    public abstract Optional<DomainService> application();

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
     * Builds {@link Domain} values; {@code domainId}, {@code host}, {@code uniqueConfigKey} and {@code createdAt}
     * are required.
     */
    public static final class Builder extends ImmutableDomain.Builder {
        Builder() {
        }
    }
}
