package io.github.dokploy4j.testkit;

/** A seeded application or compose: what the worker and {@code application.one}/{@code compose.one} need. */
final class ServiceRecord {

    final ServiceKind kind;
    final String id;
    final String name;
    final String appName;
    final String serverId;
    final String buildServerId;
    final boolean git;
    final String commitMessage;
    final String commitSha;
    final String dockerImage;
    final boolean rollbacks;
    final String createdAt;
    /** {@code applicationStatus} / {@code composeStatus}: idle, running, done, error. */
    String status = "idle";

    ServiceRecord(ServiceKind kind, String id, String name, String appName, ServiceOptions options, String commitSha,
            String createdAt) {
        this.kind = kind;
        this.id = id;
        this.name = name;
        this.appName = appName;
        this.serverId = options.serverId();
        this.buildServerId = options.buildServerId();
        this.git = options.isGit();
        this.commitMessage = options.commitMessage();
        this.commitSha = commitSha;
        this.dockerImage = options.image();
        this.rollbacks = options.rollbacks();
        this.createdAt = createdAt;
    }

    /** Where the build's log file is written: the build server, else the deploy server, else the Dokploy host. */
    String logHost() {
        if (buildServerId != null) {
            return buildServerId;
        }
        return serverId != null ? serverId : LogStore.LOCAL;
    }
}
