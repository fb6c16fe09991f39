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
 *
 * <h2>The marker</h2>
 * The SDK appends a marker to the description it sends ({@code [dokploy4j k3J9x2Qa7Z]}, after yours), which shows in
 * Dokploy's UI until a git build replaces the description with its commit. It is how the handle recognises its own
 * queue job and row for certain. {@link #withoutMarker()} sends your description as it is; the handle then relies on
 * what it read before the deploy (the service's deployment ids and the jobs waiting in the queue), on the queue (its
 * job is the first job of the service queued after those; its row the one created when a worker took that job) and on
 * the title and description you sent. Without a queue to read (Dokploy before v0.28.3) it takes a lone new row of the
 * service whose title and description are the ones sent. Two deploys of the same service started at about the same
 * time by others can then be confused: give yours a title or description nobody else uses.
 */
public final class DeployRequest {
    private final String serviceId;
    private final @Nullable String title;
    private final @Nullable String description;
    private final boolean marked;

    private DeployRequest(String serviceId, @Nullable String title, @Nullable String description, boolean marked) {
        this.serviceId = serviceId;
        this.title = title;
        this.description = description;
        this.marked = marked;
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
        return new DeployRequest(serviceId, null, null, true);
    }

    /**
     * Returns this request with a title.
     *
     * @param title the row's title
     * @return a new request
     */
    public DeployRequest withTitle(String title) {
        return new DeployRequest(serviceId, Objects.requireNonNull(title, "title must not be null"), description,
                marked);
    }

    /**
     * Returns this request with a description. The SDK appends a short marker to it (see {@link DeployRequest the
     * marker}) to find the deployment this request produces, unless {@link #withoutMarker()} says not to.
     *
     * @param description the row's description
     * @return a new request
     */
    public DeployRequest withDescription(String description) {
        return new DeployRequest(serviceId, title, Objects.requireNonNull(description,
                "description must not be null"), marked);
    }

    /**
     * Returns this request without the SDK's marker: the description is sent exactly as given (or not at all). See
     * {@link DeployRequest the marker} for what finding the deployment then relies on.
     *
     * @return a new request
     */
    public DeployRequest withoutMarker() {
        return new DeployRequest(serviceId, title, description, false);
    }

    /**
     * Tells whether the SDK appends its marker to the description.
     *
     * @return {@code true} unless {@link #withoutMarker()} was called
     */
    public boolean marked() {
        return marked;
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
                && Objects.equals(description, that.description) && marked == that.marked;
    }

    @Override
    public int hashCode() {
        return Objects.hash(serviceId, title, description, marked);
    }

    @Override
    public String toString() {
        return "DeployRequest{" + serviceId + (title == null ? "" : ", title=" + title)
                + (marked ? "" : ", without marker") + "}";
    }
}
