package io.github.dokploy4j.testkit;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How a seeded application or compose is set up: its source, the environment and server it lives on and whether it
 * keeps rollback images. Immutable; each method returns a new value.
 *
 * <pre>{@code
 * String appId = fake.createApplication("web-api",
 *     ServiceOptions.git("fix: handle empty DATABASE_URL (#212)", "9f1c2ab7e4d0c3b5a8f6e2d1c0b9a8f7e6d5c4b3")
 *         .onServer(serverId)
 *         .withRollbacks());
 * }</pre>
 */
public final class ServiceOptions {

    private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}");

    private final String commitMessage;
    private final String commitSha;
    private final String dockerImage;
    private final String serverId;
    private final String buildServerId;
    private final boolean rollbacks;
    private final String environmentId;

    private ServiceOptions(String commitMessage, String commitSha, String dockerImage, String serverId,
            String buildServerId, boolean rollbacks, String environmentId) {
        this.commitMessage = commitMessage;
        this.commitSha = commitSha;
        this.dockerImage = dockerImage;
        this.serverId = serverId;
        this.buildServerId = buildServerId;
        this.rollbacks = rollbacks;
        this.environmentId = environmentId;
    }

    /**
     * A git source with a made-up commit: after each build the deployment's title becomes {@code "chore: update"} and
     * its description {@code "Commit: <sha>"}.
     *
     * @return the options
     */
    public static ServiceOptions defaults() {
        return new ServiceOptions("chore: update", null, null, null, null, false, null);
    }

    /**
     * A git source whose head commit is given: 0.1–0.6 s after each build ends (success or failure) the deployment's
     * title becomes {@code commitMessage} and its description {@code "Commit: <commitSha>"}, as Dokploy does.
     *
     * @param commitMessage the commit message
     * @param commitSha the full 40-character lower-case hex sha
     * @return the options
     * @throws IllegalArgumentException if the sha is not 40 lower-case hex characters
     */
    public static ServiceOptions git(String commitMessage, String commitSha) {
        Objects.requireNonNull(commitMessage, "commitMessage");
        if (commitSha == null || !SHA.matcher(commitSha).matches()) {
            throw new IllegalArgumentException("commitSha must be 40 lower-case hex characters: " + commitSha);
        }
        return new ServiceOptions(commitMessage, commitSha, null, null, null, false, null);
    }

    /**
     * A docker-image source: deployments keep the title and description they were deployed with.
     *
     * @param image the image, e.g. {@code "nginx:1.27"}
     * @return the options
     */
    public static ServiceOptions dockerImage(String image) {
        return new ServiceOptions(null, null, Objects.requireNonNull(image, "image"), null, null, false, null);
    }

    /**
     * Runs the service on a remote server created with {@link FakeDokploy#createServer(String)}: its jobs queue in that
     * server's partition, {@code job.data.server} is {@code true} and its log files live on that server.
     *
     * @param remoteServerId the server id
     * @return new options
     */
    public ServiceOptions onServer(String remoteServerId) {
        return new ServiceOptions(commitMessage, commitSha, dockerImage,
                Objects.requireNonNull(remoteServerId, "remoteServerId"), buildServerId, rollbacks, environmentId);
    }

    /**
     * Builds the application on a separate build server (applications only): rows carry {@code buildServerId} and the
     * log file lives on the build server.
     *
     * @param buildServer the build server id, from {@link FakeDokploy#createBuildServer(String)}
     * @return new options
     */
    public ServiceOptions buildOn(String buildServer) {
        return new ServiceOptions(commitMessage, commitSha, dockerImage, serverId,
                Objects.requireNonNull(buildServer, "buildServer"), rollbacks, environmentId);
    }

    /**
     * Enables rollbacks (applications only): every {@code done} deployment gets a rollback image.
     *
     * @return new options
     */
    public ServiceOptions withRollbacks() {
        return new ServiceOptions(commitMessage, commitSha, dockerImage, serverId, buildServerId, true, environmentId);
    }

    /**
     * Puts the service in an environment created through the API ({@code project.create} answers its default
     * {@code production} environment, {@code environment.create} others). Without it the service goes into the
     * {@code production} environment of a project named {@code "Fake Project"}, which the fake creates the first time
     * it is needed.
     *
     * @param environment the {@code environmentId}
     * @return new options
     */
    public ServiceOptions inEnvironment(String environment) {
        return new ServiceOptions(commitMessage, commitSha, dockerImage, serverId, buildServerId, rollbacks,
                Objects.requireNonNull(environment, "environment"));
    }

    boolean isGit() {
        return dockerImage == null;
    }

    String commitMessage() {
        return commitMessage;
    }

    String commitSha() {
        return commitSha;
    }

    String image() {
        return dockerImage;
    }

    String serverId() {
        return serverId;
    }

    String buildServerId() {
        return buildServerId;
    }

    boolean rollbacks() {
        return rollbacks;
    }

    String environmentId() {
        return environmentId;
    }

    @Override
    public String toString() {
        return "ServiceOptions[" + (isGit() ? "git" : "docker " + dockerImage)
                + (serverId == null ? "" : ", server=" + serverId)
                + (buildServerId == null ? "" : ", buildServer=" + buildServerId)
                + (rollbacks ? ", rollbacks" : "")
                + (environmentId == null ? "" : ", environment=" + environmentId) + "]";
    }
}
