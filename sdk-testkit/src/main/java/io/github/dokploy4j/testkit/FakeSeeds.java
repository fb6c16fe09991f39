package io.github.dokploy4j.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/** What {@link FakeDokploy}'s seeding methods do, each under the state's monitor. */
final class FakeSeeds {

    private final FakeState state;

    FakeSeeds(FakeState state) {
        this.state = state;
    }

    /**
     * A service with the row {@code application.create} / {@code compose.create} would give it, then the source,
     * server and rollbacks of the options; applications also get made-up secrets in {@code env}, {@code buildArgs}
     * and {@code buildSecrets}.
     */
    String service(ServiceKind kind, String name, ServiceOptions options) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(options, "options");
        synchronized (state) {
            requireServer(options.serverId());
            requireServer(options.buildServerId());
            ResourceCreator creator = new ResourceCreator(state);
            String environmentId = options.environmentId();
            if (environmentId == null) {
                environmentId = creator.seededEnvironmentId();
            } else if (!state.environments.containsKey(environmentId)) {
                throw new IllegalArgumentException("no environment " + environmentId
                        + "; create one with project.create or environment.create first");
            }
            ObjectNode input = WireJson.object();
            input.put("name", name);
            input.put("environmentId", environmentId);
            input.put("serverId", options.serverId());
            String sha = options.commitSha() != null ? options.commitSha() : state.ids.commitSha();
            ServiceRecord service = creator.service(kind, input, options.isGit() ? options.commitMessage() : null,
                    sha);
            service.row.put("appName", state.ids.appName(name));
            if (kind == ServiceKind.APPLICATION) {
                seedApplication(service.row, options);
            } else {
                seedCompose(service.row, options);
            }
            return service.id;
        }
    }

    private static void seedApplication(ObjectNode row, ServiceOptions options) {
        row.put("env", ResourceCreator.SEEDED_ENV);
        row.put("buildArgs", "NPM_TOKEN=fake-npm-token");
        row.put("buildSecrets", "GITHUB_TOKEN=fake-github-token");
        row.put("rollbackActive", options.rollbacks());
        row.put("buildServerId", options.buildServerId());
        if (options.isGit()) {
            row.put("repository", "app");
            row.put("owner", "example");
            row.put("branch", "main");
        } else {
            row.put("sourceType", "docker");
            row.put("dockerImage", options.image());
        }
    }

    private static void seedCompose(ObjectNode row, ServiceOptions options) {
        row.put("env", ResourceCreator.SEEDED_ENV);
        if (options.isGit()) {
            row.put("repository", "stack");
            row.put("owner", "example");
            row.put("branch", "main");
        } else {
            row.put("sourceType", "raw");
            row.put("composeFile", "services:\n  app:\n    image: " + options.image() + "\n");
        }
    }

    void requireServer(String serverId) {
        if (serverId != null && !state.servers.containsKey(serverId)) {
            throw new IllegalArgumentException("no server " + serverId + "; create it with createServer first");
        }
    }

    String server(String name, String type) {
        Objects.requireNonNull(name, "name");
        synchronized (state) {
            String id = state.ids.nanoid();
            state.servers.put(id, new ServerRecord(id, name, type, state.ids.appName(name)));
            return id;
        }
    }

    String serverSetup(String serverId) {
        synchronized (state) {
            requireServer(Objects.requireNonNull(serverId, "serverId"));
            ServerRecord server = state.servers.get(serverId);
            state.retain(serverId, 4);
            DeploymentRow row = state.newRow();
            String now = state.nowIso();
            row.title = "Setup Server";
            row.description = "Setup Server";
            row.status = "done";
            row.serverId = serverId;
            row.createdAt = now;
            row.startedAt = now;
            row.finishedAt = now;
            row.logPath = "/etc/dokploy/logs/" + server.appName + "/" + server.appName + "-"
                    + WireTime.logNameStamp(state.clock.now()) + ".log";
            row.logHost = serverId;
            state.deployments.put(row.deploymentId, row);
            state.logs.create(serverId, row.logPath, "Initializing deployment\nSetup Server: ✅\n");
            return row.deploymentId;
        }
    }

    String schedule(String name, String serverId) {
        Objects.requireNonNull(name, "name");
        synchronized (state) {
            requireServer(serverId);
            String id = state.ids.nanoid();
            state.schedules.put(id, new ScheduleRecord(id, name, state.ids.appName(name), serverId));
            return id;
        }
    }

    String scheduleRun(String scheduleId) {
        synchronized (state) {
            ScheduleRecord schedule = state.schedules.get(Objects.requireNonNull(scheduleId, "scheduleId"));
            if (schedule == null) {
                throw new IllegalArgumentException("no schedule " + scheduleId);
            }
            String now = state.nowIso();
            state.rows(row -> scheduleId.equals(row.scheduleId) && "running".equals(row.status)).forEach(row -> {
                row.status = "error";
                row.finishedAt = now;
            });
            state.retain(scheduleId, 10);
            DeploymentRow row = state.newRow();
            row.title = schedule.name;
            row.scheduleId = scheduleId;
            row.pid = String.valueOf(state.nextPid++);
            row.createdAt = now;
            row.startedAt = now;
            row.logPath = "/etc/dokploy/schedules/" + schedule.appName + "/" + schedule.appName + "-"
                    + WireTime.logNameStamp(state.clock.now()) + ".log";
            row.logHost = schedule.serverId != null ? schedule.serverId : LogStore.LOCAL;
            state.deployments.put(row.deploymentId, row);
            state.livePids.add(row.pid);
            state.logs.create(row.logHost, row.logPath, "Initializing schedule\nPID: " + row.pid + "\n");
            return row.deploymentId;
        }
    }

    String previewDeployment(String applicationId, String branch) {
        Objects.requireNonNull(branch, "branch");
        synchronized (state) {
            ServiceRecord application = state.service(ServiceKind.APPLICATION,
                    Objects.requireNonNull(applicationId, "applicationId"));
            if (application == null) {
                throw new IllegalArgumentException("no application " + applicationId);
            }
            String id = state.ids.nanoid();
            state.previews.put(id, new PreviewRecord(id, branch, state.nextPullRequest++,
                    state.ids.appName("preview-" + application.name()), applicationId, state.nowIso(),
                    state.previewSequence++));
            return id;
        }
    }

    ScriptedBuild script(String serviceId, BuildScript script) {
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(script, "script");
        synchronized (state) {
            boolean application = state.service(ServiceKind.APPLICATION, serviceId) != null;
            if (!application && !state.services.containsKey(serviceId) && !state.previews.containsKey(serviceId)) {
                throw new IllegalArgumentException("no application, compose or preview deployment " + serviceId);
            }
            if (!application && script.outcome() == BuildOutcome.SUCCEED_WITH_ROLLBACK) {
                throw new IllegalArgumentException("only applications keep rollback images: " + serviceId);
            }
            ScriptedBuild scripted = new ScriptedBuild(state, serviceId, script);
            state.addScript(scripted);
            return scripted;
        }
    }
}
