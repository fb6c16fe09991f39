package io.github.dokploy4j.deployment;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of Dokploy's {@code deployment} table: a build of an application, compose service or preview, or a run
 * of a schedule, backup, volume backup or remote-server setup.
 *
 * <p>Every column is here, in the server's order. {@code deployment.all}, {@code allByCompose},
 * {@code allByServer} and {@code removeDeployment} return the plain row; {@code allByType} adds
 * {@link #rollback()}; {@code allCentralized} adds {@link #application()}, {@link #compose()}, {@link #server()}
 * and {@link #buildServer()}. Lists come newest first ({@code createdAt} descending). Before adding a row the
 * server deletes all but the ten newest deployments of the service, so at most eleven exist (five for server setup
 * runs).
 *
 * <p>A deploy call returns no deployment id: the row appears only once a worker takes the queued job
 * ({@link QueueJob}), with status {@code running}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDeployment.class)
@JsonDeserialize(builder = Deployment.Builder.class)
public abstract class Deployment {

    Deployment() {
    }

    /**
     * The deployment's id, which {@code killProcess}, {@code removeDeployment} and {@code readLogs} take.
     *
     * @return the {@code deploymentId} (a 21-character nanoid)
     */
    public abstract String deploymentId();

    /**
     * The deployment's title: the title passed to deploy, else {@code "Manual deployment"} or
     * {@code "Rebuild deployment"} (services fall back to {@code "Deployment"}). For git sources the server replaces
     * it with the <em>commit message</em> when the build ends, 0.1 to 0.6 s after the status turned terminal; Docker
     * image sources keep it.
     *
     * @return the {@code title}
     */
    public abstract String title();

    /**
     * The deployment's description: {@code ""} in new rows; for git sources {@code "Commit: <40-hex sha>"} once
     * the build ends (shortly after the status turned terminal).
     *
     * @return the {@code description}, or empty when the column is {@code null}
     */
    public abstract Optional<String> description();

    /**
     * The deployment's status, read from {@link #rawStatus()}. The server sends {@code running}, {@code done},
     * {@code error} and (v0.25.4 and later) {@code cancelled}; never {@code idle}.
     *
     * @return the status; {@link DeploymentStatus#UNKNOWN} when the column is {@code null} or holds a value this SDK
     *     does not know, never {@code null}
     */
    public final DeploymentStatus status() {
        return DeploymentStatus.fromWire(rawStatus().orElse(null));
    }

    /**
     * The {@code status} column exactly as the server sent it. The column is nullable (its default is
     * {@code "running"}); use this to see a value newer than this SDK.
     *
     * @return the wire string, or empty when it was {@code null} or missing
     */
    @JsonProperty("status")
    public abstract Optional<String> rawStatus();

    /**
     * The build log's path, {@code /etc/dokploy/logs/<appName>/<appName>-yyyy-MM-dd:HH:mm:ss.log}, on the Dokploy
     * host or on the remote or build server the service uses. It is {@code ""} when creating the deployment failed
     * (see {@link #errorMessage()}). Deployments started in the same second share one file name.
     *
     * @return the {@code logPath}, possibly empty but never {@code null}
     */
    public abstract String logPath();

    /**
     * The process id of a running schedule (a string, as the server stores it). The server writes it only for
     * schedule runs, and {@code deployment.killProcess} refuses (400 "Deployment is not running") any deployment
     * without one, so application and compose builds can never be killed that way.
     *
     * @return the {@code pid}, or empty
     */
    public abstract Optional<String> pid();

    /**
     * The application this deployment built.
     *
     * @return the {@code applicationId}, or empty for compose, preview, schedule, backup and server runs
     */
    public abstract Optional<String> applicationId();

    /**
     * The compose service this deployment deployed.
     *
     * @return the {@code composeId}, or empty for other owners
     */
    public abstract Optional<String> composeId();

    /**
     * The remote server of a <em>server setup run</em> (what {@code deployment.allByServer} lists). Application and
     * compose deployments leave it empty even when the service runs on a remote server.
     *
     * @return the {@code serverId}, or empty
     */
    public abstract Optional<String> serverId();

    /**
     * The {@code isPreviewDeployment} column (JSON key {@code isPreviewDeployment}, read and written under that
     * name). Nothing in v0.30 ever sets it to {@code true}, not even preview builds: test
     * {@link #previewDeploymentId()} instead.
     *
     * @return the flag; {@code false} when the column is {@code null} or missing
     */
    @JsonProperty("isPreviewDeployment")
    @Value.Default
    public boolean isPreviewDeployment() {
        return false;
    }

    /**
     * The preview deployment this build belongs to; set for preview builds, whose {@link #applicationId()} is then
     * empty.
     *
     * @return the {@code previewDeploymentId}, or empty
     */
    public abstract Optional<String> previewDeploymentId();

    /**
     * When the row was inserted, which is when a worker took the job (not when deploy was called).
     *
     * @return the {@code createdAt}
     */
    public abstract Instant createdAt();

    /**
     * When the deployment started; the create services set it together with {@link #createdAt()} (v0.22.0 and
     * later).
     *
     * @return the {@code startedAt}, or empty for rows older than v0.22.0
     */
    public abstract Optional<Instant> startedAt();

    /**
     * When the deployment finished. The server sets it only when the status becomes {@code done} or {@code error}
     * (killProcess included) and resets it to {@code null} for any other status; rows cancelled at server start have
     * none. When creating the deployment failed it equals {@link #startedAt()}.
     *
     * @return the {@code finishedAt}, or empty while running and for cancelled deployments
     */
    public abstract Optional<Instant> finishedAt();

    /**
     * Why creating the deployment failed, {@code "An error have occurred: <message>"} (the server's wording). A build
     * that fails later leaves it empty: its reason is in the log.
     *
     * @return the {@code errorMessage}, or empty
     */
    public abstract Optional<String> errorMessage();

    /**
     * The schedule this row is a run of.
     *
     * @return the {@code scheduleId}, or empty
     */
    public abstract Optional<String> scheduleId();

    /**
     * The database backup this row is a run of.
     *
     * @return the {@code backupId}, or empty
     */
    public abstract Optional<String> backupId();

    /**
     * The rollback point kept for this deployment, set once a rollback image exists for it (applications with
     * rollbacks enabled). {@code deployment.allByType} also embeds it as {@link #rollback()}.
     *
     * @return the {@code rollbackId}, or empty
     */
    public abstract Optional<String> rollbackId();

    /**
     * The volume backup this row is a run of.
     *
     * @return the {@code volumeBackupId}, or empty
     */
    public abstract Optional<String> volumeBackupId();

    /**
     * The separate build server the application was built on (v0.26.0 and later). The build log then lives on
     * that server; {@code deployment.readLogs} does not look at this column, while the UI streams the log from it.
     *
     * @return the {@code buildServerId}, or empty
     */
    public abstract Optional<String> buildServerId();

    /**
     * The rollback point of this deployment, joined on {@code rollback.deploymentId}. Only
     * {@code deployment.allByType} fills it; other procedures leave it out. It carries
     * {@link Rollback#fullContext()}, the application's secrets, which never appear in {@link #toString()}.
     *
     * @return the {@code rollback}, or empty when the procedure does not embed it or no rollback point exists
     */
    public abstract Optional<Rollback> rollback();

    /**
     * The application this deployment belongs to, with its environment, project and servers. Only
     * {@code deployment.allCentralized} fills it.
     *
     * @return the {@code application}, or empty for compose deployments and from other procedures
     */
    public abstract Optional<ApplicationSummary> application();

    /**
     * The compose service this deployment belongs to, with its environment, project and server. Only
     * {@code deployment.allCentralized} fills it.
     *
     * @return the {@code compose}, or empty for application deployments and from other procedures
     */
    public abstract Optional<ComposeSummary> compose();

    /**
     * The server of {@link #serverId()}. Only {@code deployment.allCentralized} fills it, and since that lists
     * application and compose deployments, which leave {@code serverId} empty, it is normally empty; the service's
     * server is under {@link #application()} or {@link #compose()}.
     *
     * @return the {@code server}, or empty
     */
    public abstract Optional<ServerSummary> server();

    /**
     * The server of {@link #buildServerId()}. Only {@code deployment.allCentralized} fills it.
     *
     * @return the {@code buildServer}, or empty when the deployment was not built on a separate build server, and
     *     from other procedures
     */
    public abstract Optional<ServerSummary> buildServer();

    /**
     * JSON keys this SDK does not model, kept as sent (a newer server may add columns or relations) and written back
     * as they came.
     *
     * @return the unknown keys and their values; empty when there were none
     */
    @JsonAnyGetter
    public abstract Map<String, JsonNode> additionalProperties();

    /**
     * Starts building a deployment, e.g. for a test double.
     *
     * @return a new, empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link Deployment} values; {@code deploymentId}, {@code title}, {@code logPath} and {@code createdAt}
     * are required.
     */
    public static final class Builder extends ImmutableDeployment.Builder {
        Builder() {
        }

        /**
         * Sets the status by its constant; stores its wire value as {@link Deployment#rawStatus()}.
         *
         * @param status the status; {@link DeploymentStatus#UNKNOWN} leaves the raw status empty (a {@code null}
         *     column)
         * @return this builder
         */
        public Builder status(DeploymentStatus status) {
            return rawStatus(status == DeploymentStatus.UNKNOWN ? Optional.empty()
                    : Optional.of(status.wireValue()));
        }
    }
}
