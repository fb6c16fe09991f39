package io.github.dokploy4j.application;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.dokploy4j.SecretFields;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.domain.Domain;
import io.github.dokploy4j.environment.Environment;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An application: a service built from a Docker image, a git repository or an upload. {@code application.create} and
 * {@code application.delete} answer the plain row; {@code application.one} adds the relations
 * ({@link #environment()},
 * {@link #domains()}, {@link #deployments()}, …). {@code application.update}, {@code saveEnvironment} and
 * {@code saveDockerProvider} answer {@code true}, not the row. Secret columns ({@code env}, {@code buildArgs},
 * {@code password}, …) and the columns and relations kept as JSON print as {@code ***} in {@link #toString()}.
 */
@Value.Immutable
@Value.Style(visibility = Value.Style.ImplementationVisibility.PACKAGE,
        builderVisibility = Value.Style.BuilderVisibility.PACKAGE, overshadowImplementation = true, jdkOnly = true,
        optionalAcceptNullable = true, redactedMask = SecretFields.PLACEHOLDER,
        defaults = @Value.Immutable(copy = false))
@JsonSerialize(as = ImmutableApplication.class)
@JsonDeserialize(builder = Application.Builder.class)
public abstract class Application {

    Application() {
    }

    /**
     * The application's id, which every {@code application.*} procedure takes.
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
     * The Docker service name, unique on the server; the server adds a random suffix when none is given
     * ({@code app-index-mobile-hard-drive-wfhvhq}).
     *
     * @return the value
     */
    @JsonProperty("appName")
    public abstract String appName();

    /**
     * The application's description.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("description")
    public abstract Optional<String> description();

    /**
     * The environment variables ({@code KEY=value} lines) that {@code saveEnvironment} sets. Secret.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("env")
    @Value.Redacted
    public abstract Optional<String> env();

    /**
     * The environment variables of preview deployments. Secret.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("previewEnv")
    @Value.Redacted
    public abstract Optional<String> previewEnv();

    /**
     * The paths whose changes trigger an automatic deploy.
     *
     * @return the values; empty when the column is {@code null} or not sent
     */
    @JsonProperty("watchPaths")
    @JsonSetter(nulls = Nulls.SKIP)
    public abstract List<String> watchPaths();

    /**
     * The build arguments of preview deployments. Secret.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("previewBuildArgs")
    @Value.Redacted
    public abstract Optional<String> previewBuildArgs();

    /**
     * The build secrets of preview deployments. Secret.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("previewBuildSecrets")
    @Value.Redacted
    public abstract Optional<String> previewBuildSecrets();

    /**
     * The pull-request labels that enable preview deployments.
     *
     * @return the values; empty when the column is {@code null} or not sent
     */
    @JsonProperty("previewLabels")
    @JsonSetter(nulls = Nulls.SKIP)
    public abstract List<String> previewLabels();

    /**
     * The wildcard domain of preview deployments.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("previewWildcard")
    public abstract Optional<String> previewWildcard();

    /**
     * The container port of preview deployments (3000 by default).
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("previewPort")
    public abstract Optional<Integer> previewPort();

    /**
     * Whether preview deployments are served over HTTPS.
     *
     * @return the flag; {@code false} when the column is {@code null} or not sent
     */
    @JsonProperty("previewHttps")
    @Value.Default
    public boolean previewHttps() {
        return false;
    }

    /**
     * The path of preview deployments ({@code /} by default).
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("previewPath")
    public abstract Optional<String> previewPath();

    /**
     * The certificate type of preview deployments: {@code letsencrypt}, {@code none} or {@code custom}.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("previewCertificateType")
    public abstract Optional<String> previewCertificateType();

    /**
     * The certificate resolver of preview deployments.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("previewCustomCertResolver")
    public abstract Optional<String> previewCustomCertResolver();

    /**
     * How many preview deployments may exist at once (3 by default).
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("previewLimit")
    public abstract Optional<Integer> previewLimit();

    /**
     * Whether pull requests get preview deployments.
     *
     * @return the flag; {@code false} when the column is {@code null} or not sent
     */
    @JsonProperty("isPreviewDeploymentsActive")
    @Value.Default
    public boolean isPreviewDeploymentsActive() {
        return false;
    }

    /**
     * Whether only collaborators' pull requests get preview deployments (the column defaults to true).
     *
     * @return the flag; {@code false} when the column is {@code null} or not sent
     */
    @JsonProperty("previewRequireCollaboratorPermissions")
    @Value.Default
    public boolean previewRequireCollaboratorPermissions() {
        return false;
    }

    /**
     * Whether deployments keep rollback images (needs a registry).
     *
     * @return the flag; {@code false} when the column is {@code null} or not sent
     */
    @JsonProperty("rollbackActive")
    @Value.Default
    public boolean rollbackActive() {
        return false;
    }

    /**
     * The Docker build arguments ({@code KEY=value} lines). Secret.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("buildArgs")
    @Value.Redacted
    public abstract Optional<String> buildArgs();

    /**
     * The Docker build secrets ({@code KEY=value} lines). Secret.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("buildSecrets")
    @Value.Redacted
    public abstract Optional<String> buildSecrets();

    /**
     * The memory reservation of the service, as Docker reads it.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("memoryReservation")
    public abstract Optional<String> memoryReservation();

    /**
     * The memory limit of the service.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("memoryLimit")
    public abstract Optional<String> memoryLimit();

    /**
     * The CPU reservation of the service.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("cpuReservation")
    public abstract Optional<String> cpuReservation();

    /**
     * The CPU limit of the service.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("cpuLimit")
    public abstract Optional<String> cpuLimit();

    /**
     * A display title.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("title")
    public abstract Optional<String> title();

    /**
     * The {@code enabled} column (nullable; unused by v0.30.2's deploys).
     *
     * @return the flag; {@code false} when the column is {@code null} or not sent
     */
    @JsonProperty("enabled")
    @Value.Default
    public boolean enabled() {
        return false;
    }

    /**
     * A display subtitle.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("subtitle")
    public abstract Optional<String> subtitle();

    /**
     * The command that replaces the image's.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("command")
    public abstract Optional<String> command();

    /**
     * The arguments of {@link #command()}.
     *
     * @return the values; empty when the column is {@code null} or not sent
     */
    @JsonProperty("args")
    @JsonSetter(nulls = Nulls.SKIP)
    public abstract List<String> args();

    /**
     * The application's icon (a data URL).
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("icon")
    public abstract Optional<String> icon();

    /**
     * The token of the application's deploy webhook ({@code /api/deploy/<refreshToken>}). Secret.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("refreshToken")
    @Value.Redacted
    public abstract Optional<String> refreshToken();

    /**
     * Where the code comes from: {@code docker}, {@code git}, {@code github}, {@code gitlab}, {@code bitbucket},
     * {@code gitea} or {@code drop}.
     *
     * @return the value
     */
    @JsonProperty("sourceType")
    public abstract String sourceType();

    /**
     * Whether builds skip the build cache.
     *
     * @return the flag; {@code false} when the column is {@code null} or not sent
     */
    @JsonProperty("cleanCache")
    @Value.Default
    public boolean cleanCache() {
        return false;
    }

    /**
     * The GitHub repository.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("repository")
    public abstract Optional<String> repository();

    /**
     * The GitHub repository's owner.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("owner")
    public abstract Optional<String> owner();

    /**
     * The GitHub branch.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("branch")
    public abstract Optional<String> branch();

    /**
     * The build context inside the GitHub repository ({@code /} by default).
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("buildPath")
    public abstract Optional<String> buildPath();

    /**
     * What triggers automatic deploys: {@code push} or {@code tag}.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("triggerType")
    public abstract Optional<String> triggerType();

    /**
     * Whether pushes deploy automatically.
     *
     * @return the flag; {@code false} when the column is {@code null} or not sent
     */
    @JsonProperty("autoDeploy")
    @Value.Default
    public boolean autoDeploy() {
        return false;
    }

    /**
     * The GitLab project id.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("gitlabProjectId")
    public abstract Optional<Long> gitlabProjectId();

    /**
     * The GitLab repository.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("gitlabRepository")
    public abstract Optional<String> gitlabRepository();

    /**
     * The GitLab repository's owner.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("gitlabOwner")
    public abstract Optional<String> gitlabOwner();

    /**
     * The GitLab branch.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("gitlabBranch")
    public abstract Optional<String> gitlabBranch();

    /**
     * The build context inside the GitLab repository.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("gitlabBuildPath")
    public abstract Optional<String> gitlabBuildPath();

    /**
     * The GitLab path namespace.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("gitlabPathNamespace")
    public abstract Optional<String> gitlabPathNamespace();

    /**
     * The Gitea repository.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("giteaRepository")
    public abstract Optional<String> giteaRepository();

    /**
     * The Gitea repository's owner.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("giteaOwner")
    public abstract Optional<String> giteaOwner();

    /**
     * The Gitea branch.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("giteaBranch")
    public abstract Optional<String> giteaBranch();

    /**
     * The build context inside the Gitea repository.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("giteaBuildPath")
    public abstract Optional<String> giteaBuildPath();

    /**
     * The Bitbucket repository.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("bitbucketRepository")
    public abstract Optional<String> bitbucketRepository();

    /**
     * The Bitbucket repository slug.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("bitbucketRepositorySlug")
    public abstract Optional<String> bitbucketRepositorySlug();

    /**
     * The Bitbucket repository's owner.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("bitbucketOwner")
    public abstract Optional<String> bitbucketOwner();

    /**
     * The Bitbucket branch.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("bitbucketBranch")
    public abstract Optional<String> bitbucketBranch();

    /**
     * The build context inside the Bitbucket repository.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("bitbucketBuildPath")
    public abstract Optional<String> bitbucketBuildPath();

    /**
     * The registry user of a {@code docker} source, set by {@code saveDockerProvider}.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("username")
    public abstract Optional<String> username();

    /**
     * The registry password of a {@code docker} source. Secret.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("password")
    @Value.Redacted
    public abstract Optional<String> password();

    /**
     * The image of a {@code docker} source, e.g. {@code nginx:alpine}.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("dockerImage")
    public abstract Optional<String> dockerImage();

    /**
     * The registry of a {@code docker} source.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("registryUrl")
    public abstract Optional<String> registryUrl();

    /**
     * The URL of a plain {@code git} source.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("customGitUrl")
    public abstract Optional<String> customGitUrl();

    /**
     * The branch of a plain {@code git} source.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("customGitBranch")
    public abstract Optional<String> customGitBranch();

    /**
     * The build context of a plain {@code git} source.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("customGitBuildPath")
    public abstract Optional<String> customGitBuildPath();

    /**
     * The SSH key of a plain {@code git} source.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("customGitSSHKeyId")
    public abstract Optional<String> customGitSSHKeyId();

    /**
     * Whether git submodules are cloned.
     *
     * @return the flag; {@code false} when the column is {@code null} or not sent
     */
    @JsonProperty("enableSubmodules")
    @Value.Default
    public boolean enableSubmodules() {
        return false;
    }

    /**
     * The Dockerfile of the {@code dockerfile} build type ({@code Dockerfile} by default).
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("dockerfile")
    public abstract Optional<String> dockerfile();

    /**
     * The Docker build context.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("dockerContextPath")
    public abstract Optional<String> dockerContextPath();

    /**
     * The build stage ({@code --target}).
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("dockerBuildStage")
    public abstract Optional<String> dockerBuildStage();

    /**
     * The build context of a {@code drop} (uploaded zip) source.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("dropBuildPath")
    public abstract Optional<String> dropBuildPath();

    /**
     * The Swarm health check, as JSON.
     *
     * @return the JSON (shown as {@code ***} in {@code toString()}), or empty when it is {@code null} or not sent
     */
    @JsonProperty("healthCheckSwarm")
    @JsonSetter(nulls = Nulls.SKIP)
    @Value.Redacted
    public abstract Optional<JsonNode> healthCheckSwarm();

    /**
     * The Swarm restart policy, as JSON.
     *
     * @return the JSON (shown as {@code ***} in {@code toString()}), or empty when it is {@code null} or not sent
     */
    @JsonProperty("restartPolicySwarm")
    @JsonSetter(nulls = Nulls.SKIP)
    @Value.Redacted
    public abstract Optional<JsonNode> restartPolicySwarm();

    /**
     * The Swarm placement, as JSON.
     *
     * @return the JSON (shown as {@code ***} in {@code toString()}), or empty when it is {@code null} or not sent
     */
    @JsonProperty("placementSwarm")
    @JsonSetter(nulls = Nulls.SKIP)
    @Value.Redacted
    public abstract Optional<JsonNode> placementSwarm();

    /**
     * The Swarm update config, as JSON.
     *
     * @return the JSON (shown as {@code ***} in {@code toString()}), or empty when it is {@code null} or not sent
     */
    @JsonProperty("updateConfigSwarm")
    @JsonSetter(nulls = Nulls.SKIP)
    @Value.Redacted
    public abstract Optional<JsonNode> updateConfigSwarm();

    /**
     * The Swarm rollback config, as JSON.
     *
     * @return the JSON (shown as {@code ***} in {@code toString()}), or empty when it is {@code null} or not sent
     */
    @JsonProperty("rollbackConfigSwarm")
    @JsonSetter(nulls = Nulls.SKIP)
    @Value.Redacted
    public abstract Optional<JsonNode> rollbackConfigSwarm();

    /**
     * The Swarm mode, as JSON.
     *
     * @return the JSON (shown as {@code ***} in {@code toString()}), or empty when it is {@code null} or not sent
     */
    @JsonProperty("modeSwarm")
    @JsonSetter(nulls = Nulls.SKIP)
    @Value.Redacted
    public abstract Optional<JsonNode> modeSwarm();

    /**
     * The Swarm labels, as JSON.
     *
     * @return the JSON (shown as {@code ***} in {@code toString()}), or empty when it is {@code null} or not sent
     */
    @JsonProperty("labelsSwarm")
    @JsonSetter(nulls = Nulls.SKIP)
    @Value.Redacted
    public abstract Optional<JsonNode> labelsSwarm();

    /**
     * The Swarm networks, as JSON.
     *
     * @return the JSON (shown as {@code ***} in {@code toString()}), or empty when it is {@code null} or not sent
     */
    @JsonProperty("networkSwarm")
    @JsonSetter(nulls = Nulls.SKIP)
    @Value.Redacted
    public abstract Optional<JsonNode> networkSwarm();

    /**
     * The Swarm stop grace period in nanoseconds.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("stopGracePeriodSwarm")
    public abstract Optional<Long> stopGracePeriodSwarm();

    /**
     * The Swarm endpoint spec, as JSON.
     *
     * @return the JSON (shown as {@code ***} in {@code toString()}), or empty when it is {@code null} or not sent
     */
    @JsonProperty("endpointSpecSwarm")
    @JsonSetter(nulls = Nulls.SKIP)
    @Value.Redacted
    public abstract Optional<JsonNode> endpointSpecSwarm();

    /**
     * The Swarm ulimits, as JSON.
     *
     * @return the JSON (shown as {@code ***} in {@code toString()}), or empty when it is {@code null} or not sent
     */
    @JsonProperty("ulimitsSwarm")
    @JsonSetter(nulls = Nulls.SKIP)
    @Value.Redacted
    public abstract Optional<JsonNode> ulimitsSwarm();

    /**
     * How many replicas the service runs.
     *
     * @return the value
     */
    @JsonProperty("replicas")
    public abstract int replicas();

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
     * How the image is built: {@code dockerfile}, {@code heroku_buildpacks}, {@code paketo_buildpacks},
     * {@code nixpacks}, {@code static} or {@code railpack}.
     *
     * @return the value
     */
    @JsonProperty("buildType")
    public abstract String buildType();

    /**
     * The Railpack version.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("railpackVersion")
    public abstract Optional<String> railpackVersion();

    /**
     * The Heroku builder version.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("herokuVersion")
    public abstract Optional<String> herokuVersion();

    /**
     * The directory the {@code static} build type serves.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("publishDirectory")
    public abstract Optional<String> publishDirectory();

    /**
     * Whether the {@code static} build serves a single-page application.
     *
     * @return the flag; {@code false} when the column is {@code null} or not sent
     */
    @JsonProperty("isStaticSpa")
    @Value.Default
    public boolean isStaticSpa() {
        return false;
    }

    /**
     * Whether the variables are also written to a {@code .env} file.
     *
     * @return the flag; {@code false} when the column is {@code null} or not sent
     */
    @JsonProperty("createEnvFile")
    @Value.Default
    public boolean createEnvFile() {
        return false;
    }

    /**
     * When the application was created.
     *
     * @return the time
     */
    @JsonProperty("createdAt")
    public abstract Instant createdAt();

    /**
     * The registry the image is pushed to.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("registryId")
    public abstract Optional<String> registryId();

    /**
     * The registry rollback images are kept in.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("rollbackRegistryId")
    public abstract Optional<String> rollbackRegistryId();

    /**
     * The environment the application lives in.
     *
     * @return the value
     */
    @JsonProperty("environmentId")
    public abstract String environmentId();

    /**
     * The GitHub provider.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("githubId")
    public abstract Optional<String> githubId();

    /**
     * The GitLab provider.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("gitlabId")
    public abstract Optional<String> gitlabId();

    /**
     * The Gitea provider.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("giteaId")
    public abstract Optional<String> giteaId();

    /**
     * The Bitbucket provider.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("bitbucketId")
    public abstract Optional<String> bitbucketId();

    /**
     * The remote server the application runs on; empty for the Dokploy host.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("serverId")
    public abstract Optional<String> serverId();

    /**
     * The server the application is built on, when separate.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("buildServerId")
    public abstract Optional<String> buildServerId();

    /**
     * The registry of the build server.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("buildRegistryId")
    public abstract Optional<String> buildRegistryId();

    /**
     * The Docker networks the service joins.
     *
     * @return the values; empty when the column is {@code null} or not sent
     */
    @JsonProperty("networkIds")
    @JsonSetter(nulls = Nulls.SKIP)
    public abstract List<String> networkIds();

    /**
     * Whether the service leaves {@code dokploy-network}.
     *
     * @return the flag; {@code false} when the column is {@code null} or not sent
     */
    @JsonProperty("detachDokployNetwork")
    @Value.Default
    public boolean detachDokployNetwork() {
        return false;
    }

    /**
     * The environment with its {@link Environment#project() project}, as {@code application.one} embeds it.
     *
     * @return the relation, or empty when the procedure does not embed it or it is {@code null}
     */
    @JsonProperty("environment")
    public abstract Optional<Environment> environment();

    /**
     * The application's domains ({@code application.one}).
     *
     * @return the rows; empty when the procedure does not embed them
     */
    @JsonProperty("domains")
    @JsonSetter(nulls = Nulls.SKIP)
    public abstract List<Domain> domains();

    /**
     * The application's deployments, unordered ({@code application.one}).
     *
     * @return the rows; empty when the procedure does not embed them
     */
    @JsonProperty("deployments")
    @JsonSetter(nulls = Nulls.SKIP)
    public abstract List<Deployment> deployments();

    /**
     * The application's mounts ({@code application.one}), as JSON: their shape is not captured yet.
     *
     * @return the rows as JSON (shown as {@code ***} in {@code toString()}); empty when not sent
     */
    @JsonProperty("mounts")
    @JsonSetter(nulls = Nulls.SKIP)
    @Value.Redacted
    public abstract List<JsonNode> mounts();

    /**
     * The application's redirects ({@code application.one}), as JSON.
     *
     * @return the rows as JSON (shown as {@code ***} in {@code toString()}); empty when not sent
     */
    @JsonProperty("redirects")
    @JsonSetter(nulls = Nulls.SKIP)
    @Value.Redacted
    public abstract List<JsonNode> redirects();

    /**
     * The application's basic-auth entries ({@code application.one}), as JSON; they hold passwords.
     *
     * @return the rows as JSON (shown as {@code ***} in {@code toString()}); empty when not sent
     */
    @JsonProperty("security")
    @JsonSetter(nulls = Nulls.SKIP)
    @Value.Redacted
    public abstract List<JsonNode> security();

    /**
     * The application's published ports ({@code application.one}), as JSON.
     *
     * @return the rows as JSON (shown as {@code ***} in {@code toString()}); empty when not sent
     */
    @JsonProperty("ports")
    @JsonSetter(nulls = Nulls.SKIP)
    @Value.Redacted
    public abstract List<JsonNode> ports();

    /**
     * The GitLab provider without its secrets ({@code application.one}), as JSON.
     *
     * @return the JSON (shown as {@code ***} in {@code toString()}), or empty when it is {@code null} or not sent
     */
    @JsonProperty("gitlab")
    @JsonSetter(nulls = Nulls.SKIP)
    @Value.Redacted
    public abstract Optional<JsonNode> gitlab();

    /**
     * The GitHub provider without its secrets ({@code application.one}), as JSON.
     *
     * @return the JSON (shown as {@code ***} in {@code toString()}), or empty when it is {@code null} or not sent
     */
    @JsonProperty("github")
    @JsonSetter(nulls = Nulls.SKIP)
    @Value.Redacted
    public abstract Optional<JsonNode> github();

    /**
     * The Bitbucket provider without its secrets ({@code application.one}), as JSON.
     *
     * @return the JSON (shown as {@code ***} in {@code toString()}), or empty when it is {@code null} or not sent
     */
    @JsonProperty("bitbucket")
    @JsonSetter(nulls = Nulls.SKIP)
    @Value.Redacted
    public abstract Optional<JsonNode> bitbucket();

    /**
     * The Gitea provider without its secrets ({@code application.one}), as JSON.
     *
     * @return the JSON (shown as {@code ***} in {@code toString()}), or empty when it is {@code null} or not sent
     */
    @JsonProperty("gitea")
    @JsonSetter(nulls = Nulls.SKIP)
    @Value.Redacted
    public abstract Optional<JsonNode> gitea();

    /**
     * The remote server ({@code application.one}), as JSON.
     *
     * @return the JSON (shown as {@code ***} in {@code toString()}), or empty when it is {@code null} or not sent
     */
    @JsonProperty("server")
    @JsonSetter(nulls = Nulls.SKIP)
    @Value.Redacted
    public abstract Optional<JsonNode> server();

    /**
     * The preview deployments ({@code application.one}), as JSON.
     *
     * @return the rows as JSON (shown as {@code ***} in {@code toString()}); empty when not sent
     */
    @JsonProperty("previewDeployments")
    @JsonSetter(nulls = Nulls.SKIP)
    @Value.Redacted
    public abstract List<JsonNode> previewDeployments();

    /**
     * The registry of {@link #registryId()}, without its password ({@code application.one}), as JSON.
     *
     * @return the JSON (shown as {@code ***} in {@code toString()}), or empty when it is {@code null} or not sent
     */
    @JsonProperty("registry")
    @JsonSetter(nulls = Nulls.SKIP)
    @Value.Redacted
    public abstract Optional<JsonNode> registry();

    /**
     * The registry of {@link #buildRegistryId()} ({@code application.one}), as JSON.
     *
     * @return the JSON (shown as {@code ***} in {@code toString()}), or empty when it is {@code null} or not sent
     */
    @JsonProperty("buildRegistry")
    @JsonSetter(nulls = Nulls.SKIP)
    @Value.Redacted
    public abstract Optional<JsonNode> buildRegistry();

    /**
     * The registry of {@link #rollbackRegistryId()} ({@code application.one}), as JSON.
     *
     * @return the JSON (shown as {@code ***} in {@code toString()}), or empty when it is {@code null} or not sent
     */
    @JsonProperty("rollbackRegistry")
    @JsonSetter(nulls = Nulls.SKIP)
    @Value.Redacted
    public abstract Optional<JsonNode> rollbackRegistry();

    /**
     * Whether the caller may use the application's git provider ({@code application.one}).
     *
     * @return the flag; {@code false} when the column is {@code null} or not sent
     */
    @JsonProperty("hasGitProviderAccess")
    @Value.Default
    public boolean hasGitProviderAccess() {
        return false;
    }

    /**
     * The git provider the caller may not use ({@code application.one}).
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("unauthorizedProvider")
    public abstract Optional<String> unauthorizedProvider();

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
     * Builds {@link Application} values; {@code applicationId}, {@code name}, {@code appName}, {@code sourceType},
     * {@code replicas}, {@code buildType}, {@code createdAt} and {@code environmentId} are required.
     */
    public static final class Builder extends ImmutableApplication.Builder {
        Builder() {
        }
    }
}
