package io.github.dokploy4j.deployment;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where the Dokploy UI shows the service of a queued job ({@link QueueJob#servicePath()}).
 *
 * <p>The server resolves it per row: {@code {"href":"/dashboard/project/<projectId>/environment/<environmentId>/
 * services/application/<applicationId>","label":"Application"}} (or {@code …/services/compose/<composeId>} with
 * {@code "Compose"}). For a service of another organisation the href is {@code null} and the label stays; for a
 * service that no longer exists, or a job without an id, it is {@code {"href":null,"label":"—"}} (an em dash).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableServicePath.class)
@JsonDeserialize(builder = ServicePath.Builder.class)
public abstract class ServicePath {

    ServicePath() {
    }

    /**
     * The UI path of the service, relative to the Dokploy base URL.
     *
     * @return the {@code href}, or empty when the service belongs to another organisation or was not found
     */
    public abstract Optional<String> href();

    /**
     * The kind of service as the UI labels it.
     *
     * @return the {@code label}: {@code "Application"}, {@code "Compose"}, or {@code "—"} (U+2014) when the service
     *     was not found
     */
    public abstract String label();

    /**
     * JSON keys this SDK does not model, kept as sent (a newer server may add some) and written back as they came.
     *
     * @return the unknown keys and their values; empty when there were none
     */
    @JsonAnyGetter
    public abstract Map<String, JsonNode> additionalProperties();

    /**
     * Starts building a service path, e.g. for a test double.
     *
     * @return a new, empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link ServicePath} values; {@code label} is required. */
    public static final class Builder extends ImmutableServicePath.Builder {
        Builder() {
        }
    }
}
