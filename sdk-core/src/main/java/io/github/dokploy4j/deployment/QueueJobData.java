package io.github.dokploy4j.deployment;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a queued deployment job will do ({@link QueueJob#data()}): the server's {@code DeploymentJob}, a union on
 * {@link #applicationType()}:
 * <ul>
 *   <li>{@code "application"}: {@link #applicationId()} is set;</li>
 *   <li>{@code "compose"}: {@link #composeId()} is set;</li>
 *   <li>{@code "application-preview"}: {@link #applicationId()} and {@link #previewDeploymentId()} are set.</li>
 * </ul>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableQueueJobData.class)
@JsonDeserialize(builder = QueueJobData.Builder.class)
public abstract class QueueJobData {

    QueueJobData() {
    }

    /**
     * The application to build, for {@code "application"} and {@code "application-preview"} jobs.
     *
     * @return the {@code applicationId}, or empty for compose jobs
     */
    public abstract Optional<String> applicationId();

    /**
     * The compose service to deploy, for {@code "compose"} jobs.
     *
     * @return the {@code composeId}, or empty for application jobs
     */
    public abstract Optional<String> composeId();

    /**
     * The preview deployment to build, for {@code "application-preview"} jobs.
     *
     * @return the {@code previewDeploymentId}, or empty for other jobs
     */
    public abstract Optional<String> previewDeploymentId();

    /**
     * The title the deployment row will get: the caller's {@code title}, or {@code "Manual deployment"} (deploy),
     * {@code "Rebuild deployment"} (redeploy), {@code "Rebuild Preview Deployment"} (preview redeploy). Git sources
     * replace it with the commit message when the build ends.
     *
     * @return the {@code titleLog}
     */
    public abstract String titleLog();

    /**
     * The description the deployment row will get, {@code ""} by default.
     *
     * @return the {@code descriptionLog}, or empty when the job left it out (jobs from
     *     {@code /api/deploy/<refreshToken>} webhooks may)
     */
    public abstract Optional<String> descriptionLog();

    /**
     * Whether the job deploys (clones or pulls the source again) or redeploys (rebuilds what is there).
     *
     * @return the {@code type}: {@code "deploy"} or {@code "redeploy"}
     */
    public abstract String type();

    /**
     * What kind of service the job builds.
     *
     * @return the {@code applicationType}: {@code "application"}, {@code "compose"} or {@code "application-preview"}
     */
    public abstract String applicationType();

    /**
     * Whether the service runs on a remote server. The API routers send {@code !!service.serverId}; jobs from
     * webhooks leave it out.
     *
     * @return the {@code server} flag; {@code false} when missing or {@code null}
     */
    @Value.Default
    public boolean server() {
        return false;
    }

    /**
     * The remote server the job runs on.
     *
     * @return the {@code serverId}, or empty when the service runs on the Dokploy host or the job came from a
     *     webhook (self-hosted webhooks never set it)
     */
    public abstract Optional<String> serverId();

    /**
     * JSON keys this SDK does not model, kept as sent (a newer server may add some) and written back as they came.
     *
     * @return the unknown keys and their values; empty when there were none
     */
    @JsonAnyGetter
    public abstract Map<String, JsonNode> additionalProperties();

    /**
     * Starts building job data, e.g. for a test double.
     *
     * @return a new, empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link QueueJobData} values; {@code titleLog}, {@code type} and {@code applicationType} are
     * required.
     */
    public static final class Builder extends ImmutableQueueJobData.Builder {
        Builder() {
        }
    }
}
