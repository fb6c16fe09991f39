package io.github.dokploy4j.compose;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.dokploy4j.SecretFields;
import io.github.dokploy4j.application.ApplicationStatus;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.domain.Domain;
import io.github.dokploy4j.environment.Environment;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A compose service: a Docker Compose file (or Swarm stack) deployed as one unit. Named {@code ComposeService} so as
 * not to clash with the {@link Compose} service interface. {@code compose.create}, {@code update} and {@code delete}
 * answer the plain row; {@code compose.one} adds the relations; {@code saveEnvironment} answers {@code true}. Secret
 * columns print as {@code ***} in {@link #toString()}.
 */
@Value.Immutable
@Value.Style(visibility = Value.Style.ImplementationVisibility.PACKAGE,
        builderVisibility = Value.Style.BuilderVisibility.PACKAGE, overshadowImplementation = true, jdkOnly = true,
        optionalAcceptNullable = true, redactedMask = SecretFields.PLACEHOLDER,
        defaults = @Value.Immutable(copy = false))
@JsonSerialize(as = ImmutableComposeService.class)
@JsonDeserialize(builder = ComposeService.Builder.class)
public abstract class ComposeService {

    ComposeService() {
    }

    /**
     * The compose service's id, which every {@code compose.*} procedure takes.
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
     * The project name Docker uses, unique on the server; the server adds a random suffix when none is given.
     *
     * @return the value
     */
    @JsonProperty("appName")
    public abstract String appName();

    /**
     * The description.
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
     * The compose file of a {@code raw} source ({@code ""} otherwise).
     *
     * @return the value
     */
    @JsonProperty("composeFile")
    public abstract String composeFile();

    /**
     * The token of the deploy webhook. Secret.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("refreshToken")
    @Value.Redacted
    public abstract Optional<String> refreshToken();

    /**
     * Where the compose file comes from: {@code git}, {@code github}, {@code gitlab}, {@code bitbucket},
     * {@code gitea} or {@code raw}.
     *
     * @return the value
     */
    @JsonProperty("sourceType")
    public abstract String sourceType();

    /**
     * {@code docker-compose} or {@code stack} (Swarm).
     *
     * @return the value
     */
    @JsonProperty("composeType")
    public abstract String composeType();

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
     * The GitLab path namespace.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("gitlabPathNamespace")
    public abstract Optional<String> gitlabPathNamespace();

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
     * The SSH key of a plain {@code git} source.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("customGitSSHKeyId")
    public abstract Optional<String> customGitSSHKeyId();

    /**
     * Extra arguments of {@code docker compose up} ({@code ""} by default).
     *
     * @return the value
     */
    @JsonProperty("command")
    public abstract String command();

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
     * The compose file's path in the repository ({@code ./docker-compose.yml} by default).
     *
     * @return the value
     */
    @JsonProperty("composePath")
    public abstract String composePath();

    /**
     * The suffix {@code randomize} added to names ({@code ""} by default).
     *
     * @return the value
     */
    @JsonProperty("suffix")
    public abstract String suffix();

    /**
     * Whether names were randomized with {@link #suffix()}.
     *
     * @return the flag; {@code false} when the column is {@code null} or not sent
     */
    @JsonProperty("randomize")
    @Value.Default
    public boolean randomize() {
        return false;
    }

    /**
     * Whether the stack runs in its own network.
     *
     * @return the flag; {@code false} when the column is {@code null} or not sent
     */
    @JsonProperty("isolatedDeployment")
    @Value.Default
    public boolean isolatedDeployment() {
        return false;
    }

    /**
     * Whether volumes are prefixed for isolation (kept for older stacks).
     *
     * @return the flag; {@code false} when the column is {@code null} or not sent
     */
    @JsonProperty("isolatedDeploymentsVolume")
    @Value.Default
    public boolean isolatedDeploymentsVolume() {
        return false;
    }

    /**
     * What triggers automatic deploys: {@code push} or {@code tag}.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("triggerType")
    public abstract Optional<String> triggerType();

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
     * The icon (a data URL).
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("icon")
    public abstract Optional<String> icon();

    /**
     * The environment the compose service lives in.
     *
     * @return the value
     */
    @JsonProperty("environmentId")
    public abstract String environmentId();

    /**
     * When the compose service was created.
     *
     * @return the time
     */
    @JsonProperty("createdAt")
    public abstract Instant createdAt();

    /**
     * The paths whose changes trigger an automatic deploy.
     *
     * @return the values; empty when the column is {@code null} or not sent
     */
    @JsonProperty("watchPaths")
    @JsonSetter(nulls = Nulls.SKIP)
    public abstract List<String> watchPaths();

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
     * The Bitbucket provider.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("bitbucketId")
    public abstract Optional<String> bitbucketId();

    /**
     * The Gitea provider.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("giteaId")
    public abstract Optional<String> giteaId();

    /**
     * The remote server the stack runs on; empty for the Dokploy host.
     *
     * @return the value, or empty when the column is {@code null} or not sent
     */
    @JsonProperty("serverId")
    public abstract Optional<String> serverId();

    /**
     * Per-service network settings, as JSON ({@code serviceName}, {@code networkIds}, {@code detachDokployNetwork}).
     *
     * @return the rows as JSON (shown as {@code ***} in {@code toString()}); empty when not sent
     */
    @JsonProperty("serviceNetworks")
    @JsonSetter(nulls = Nulls.SKIP)
    @Value.Redacted
    public abstract List<JsonNode> serviceNetworks();

    /**
     * The environment with its {@link Environment#project() project}, as {@code compose.one} embeds it.
     *
     * @return the relation, or empty when the procedure does not embed it or it is {@code null}
     */
    @JsonProperty("environment")
    public abstract Optional<Environment> environment();

    /**
     * The compose service's deployments, unordered ({@code compose.one}).
     *
     * @return the rows; empty when the procedure does not embed them
     */
    @JsonProperty("deployments")
    @JsonSetter(nulls = Nulls.SKIP)
    public abstract List<Deployment> deployments();

    /**
     * The mounts ({@code compose.one}), as JSON: their shape is not captured yet.
     *
     * @return the rows as JSON (shown as {@code ***} in {@code toString()}); empty when not sent
     */
    @JsonProperty("mounts")
    @JsonSetter(nulls = Nulls.SKIP)
    @Value.Redacted
    public abstract List<JsonNode> mounts();

    /**
     * The domains ({@code compose.one}).
     *
     * @return the rows; empty when the procedure does not embed them
     */
    @JsonProperty("domains")
    @JsonSetter(nulls = Nulls.SKIP)
    public abstract List<Domain> domains();

    /**
     * The GitHub provider without its secrets ({@code compose.one}), as JSON.
     *
     * @return the JSON (shown as {@code ***} in {@code toString()}), or empty when it is {@code null} or not sent
     */
    @JsonProperty("github")
    @JsonSetter(nulls = Nulls.SKIP)
    @Value.Redacted
    public abstract Optional<JsonNode> github();

    /**
     * The GitLab provider without its secrets ({@code compose.one}), as JSON.
     *
     * @return the JSON (shown as {@code ***} in {@code toString()}), or empty when it is {@code null} or not sent
     */
    @JsonProperty("gitlab")
    @JsonSetter(nulls = Nulls.SKIP)
    @Value.Redacted
    public abstract Optional<JsonNode> gitlab();

    /**
     * The Bitbucket provider without its secrets ({@code compose.one}), as JSON.
     *
     * @return the JSON (shown as {@code ***} in {@code toString()}), or empty when it is {@code null} or not sent
     */
    @JsonProperty("bitbucket")
    @JsonSetter(nulls = Nulls.SKIP)
    @Value.Redacted
    public abstract Optional<JsonNode> bitbucket();

    /**
     * The Gitea provider without its secrets ({@code compose.one}), as JSON.
     *
     * @return the JSON (shown as {@code ***} in {@code toString()}), or empty when it is {@code null} or not sent
     */
    @JsonProperty("gitea")
    @JsonSetter(nulls = Nulls.SKIP)
    @Value.Redacted
    public abstract Optional<JsonNode> gitea();

    /**
     * The remote server ({@code compose.one}), as JSON.
     *
     * @return the JSON (shown as {@code ***} in {@code toString()}), or empty when it is {@code null} or not sent
     */
    @JsonProperty("server")
    @JsonSetter(nulls = Nulls.SKIP)
    @Value.Redacted
    public abstract Optional<JsonNode> server();

    /**
     * The backups with their destinations and deployments ({@code compose.one}), as JSON.
     *
     * @return the rows as JSON (shown as {@code ***} in {@code toString()}); empty when not sent
     */
    @JsonProperty("backups")
    @JsonSetter(nulls = Nulls.SKIP)
    @Value.Redacted
    public abstract List<JsonNode> backups();

    /**
     * Whether the caller may use the git provider ({@code compose.one}).
     *
     * @return the flag; {@code false} when the column is {@code null} or not sent
     */
    @JsonProperty("hasGitProviderAccess")
    @Value.Default
    public boolean hasGitProviderAccess() {
        return false;
    }

    /**
     * The git provider the caller may not use ({@code compose.one}).
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
     * Builds {@link ComposeService} values; {@code composeId}, {@code name}, {@code appName}, {@code composeFile},
     * {@code sourceType}, {@code composeType}, {@code command}, {@code composePath}, {@code suffix},
     * {@code environmentId} and {@code createdAt} are required.
     */
    public static final class Builder extends ImmutableComposeService.Builder {
        Builder() {
        }
    }
}
