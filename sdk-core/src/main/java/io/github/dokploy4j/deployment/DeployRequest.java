package io.github.dokploy4j.deployment;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What to deploy: the service (an application, a compose service or a preview deployment, depending on the service
 * it is passed to) and, optionally, the title and description the deployment row gets. Without a title Dokploy uses
 * {@code "Manual deployment"} (deploy) or {@code "Rebuild deployment"} (redeploy). For git sources the server replaces
 * both with the commit message and {@code "Commit: <sha>"} when the build ends.
 *
 * <pre>{@code
 * client.applications().deploy(DeployRequest.of(appId).withTitle("Release 42"));
 * }</pre>
 */
public final class DeployRequest {
    private final String serviceId;
    private final @Nullable String title;
    private final @Nullable String description;

    private DeployRequest(String serviceId, @Nullable String title, @Nullable String description) {
        this.serviceId = serviceId;
        this.title = title;
        this.description = description;
    }

    /**
     * A request to deploy a service with the server's default title and description.
     *
     * @param serviceId the application, compose or preview deployment id
     * @return the request
     * @throws NullPointerException when the id is null
     * @throws IllegalArgumentException when the id is blank
     */
    public static DeployRequest of(String serviceId) {
        Objects.requireNonNull(serviceId, "serviceId must not be null");
        if (serviceId.isBlank()) {
            throw new IllegalArgumentException("serviceId must not be blank");
        }
        return new DeployRequest(serviceId, null, null);
    }

    /**
     * Returns this request with a title.
     *
     * @param title the row's title
     * @return a new request
     */
    public DeployRequest withTitle(String title) {
        return new DeployRequest(serviceId, Objects.requireNonNull(title, "title must not be null"), description);
    }

    /**
     * Returns this request with a description. The SDK appends a short marker to it (see
     * {@link DeploymentHandle}) to find the deployment this request produces.
     *
     * @param description the row's description
     * @return a new request
     */
    public DeployRequest withDescription(String description) {
        return new DeployRequest(serviceId, title, Objects.requireNonNull(description,
                "description must not be null"));
    }

    /**
     * Returns the service to deploy.
     *
     * @return its id
     */
    public String serviceId() {
        return serviceId;
    }

    /**
     * Returns the title.
     *
     * @return the title, or empty for the server's default
     */
    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    /**
     * Returns the description as given (without the SDK's marker).
     *
     * @return the description, or empty
     */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof DeployRequest)) {
            return false;
        }
        DeployRequest that = (DeployRequest) other;
        return serviceId.equals(that.serviceId) && Objects.equals(title, that.title)
                && Objects.equals(description, that.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(serviceId, title, description);
    }

    @Override
    public String toString() {
        return "DeployRequest{" + serviceId + (title == null ? "" : ", title=" + title) + "}";
    }
}
