package io.github.dokploy4j.deployment;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The application a deployment belongs to, as {@code deployment.allCentralized} embeds it
 * ({@link Deployment#application()}): {@code {applicationId, name, appName, icon, environment{…project},
 * server, buildServer}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableApplicationSummary.class)
@JsonDeserialize(builder = ApplicationSummary.Builder.class)
public abstract class ApplicationSummary {

    ApplicationSummary() {
    }

    /**
     * The application's id.
     *
     * @return the {@code applicationId}
     */
    public abstract String applicationId();

    /**
     * The application's display name.
     *
     * @return the {@code name}
     */
    public abstract String name();

    /**
     * The application's unique technical name (Docker service name, log folder name), e.g.
     * {@code "web-api-x7k2pq"}.
     *
     * @return the {@code appName}
     */
    public abstract String appName();

    /**
     * The application's icon as the UI stores it.
     *
     * @return the {@code icon}, or empty when none is set (the column is nullable)
     */
    public abstract Optional<String> icon();

    /**
     * The environment, with its project, the application lives in.
     *
     * @return the {@code environment}
     */
    public abstract EnvironmentSummary environment();

    /**
     * The remote server the application runs on.
     *
     * @return the {@code server}, or empty when it runs on the Dokploy host
     */
    public abstract Optional<ServerSummary> server();

    /**
     * The separate build server the application is built on (v0.26.0 and later).
     *
     * @return the {@code buildServer}, or empty when it builds where it runs
     */
    public abstract Optional<ServerSummary> buildServer();

    /**
     * JSON keys this SDK does not model, kept as sent (a newer server may add some) and written back as they came.
     *
     * @return the unknown keys and their values; empty when there were none
     */
    @JsonAnyGetter
    public abstract Map<String, JsonNode> additionalProperties();

    /**
     * Starts building an application summary, e.g. for a test double.
     *
     * @return a new, empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link ApplicationSummary} values; {@code applicationId}, {@code name}, {@code appName} and
     * {@code environment} are required.
     */
    public static final class Builder extends ImmutableApplicationSummary.Builder {
        Builder() {
        }
    }
}
