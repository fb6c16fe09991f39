package io.github.dokploy4j.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Everything the fake Dokploy knows: the seeded services, the deployment and rollback tables, the queue and the
 * scripts waiting for builds. One monitor (this object) guards it all; HTTP handlers, WebSocket handlers, the clock and
 * the test's own calls all synchronize on it.
 */
final class FakeState {

    final IdGenerator ids;
    final FakeClock clock;
    final LogStore logs = new LogStore();
    final BuildScript defaultScript;

    final String projectId;
    final String environmentId;
    final String organizationId;

    final Map<String, ServiceRecord> services = new LinkedHashMap<>();
    final Map<String, PreviewRecord> previews = new LinkedHashMap<>();
    final Map<String, ServerRecord> servers = new LinkedHashMap<>();
    final Map<String, ScheduleRecord> schedules = new LinkedHashMap<>();
    final Map<String, DeploymentRow> deployments = new LinkedHashMap<>();
    final Map<String, RollbackRow> rollbacks = new LinkedHashMap<>();
    final List<DeployJob> queue = new ArrayList<>();
    final Map<String, Deque<ScriptedBuild>> scripts = new HashMap<>();
    /** Schedule runs whose process still lives, by pid. */
    final Set<String> livePids = new HashSet<>();

    long deploymentSequence;
    long jobCounter;
    long previewSequence;
    int rollbackVersion;
    int nextPid = 4211;
    int nextPullRequest = 1;
    /** Bumped by a restart, so that steps scheduled before it do nothing. */
    long epoch;

    FakeState(IdGenerator ids, FakeClock clock, BuildScript defaultScript) {
        this.ids = ids;
        this.clock = clock;
        this.defaultScript = defaultScript;
        this.projectId = ids.nanoid();
        this.environmentId = ids.nanoid();
        this.organizationId = ids.nanoid();
    }

    String nowIso() {
        return WireTime.iso(clock.now());
    }

    ServiceRecord service(ServiceKind kind, String id) {
        ServiceRecord service = services.get(id);
        return service != null && service.kind == kind ? service : null;
    }

    List<DeploymentRow> rows(Predicate<DeploymentRow> filter) {
        return deployments.values().stream()
                .filter(filter)
                .sorted(DeploymentRow.NEWEST_FIRST)
                .collect(Collectors.toList());
    }

    RollbackRow rollbackOf(DeploymentRow row) {
        return row.rollbackId == null ? null : rollbacks.get(row.rollbackId);
    }

    DeploymentRow newRow() {
        return new DeploymentRow(deploymentSequence++, ids.nanoid());
    }

    /** Keeps the {@code keep} newest deployments of an owner, deleting the rest with their rollbacks and logs. */
    void retain(String ownerId, int keep) {
        List<DeploymentRow> owned = rows(row -> ownerId.equals(row.retentionOwner()));
        for (DeploymentRow old : owned.subList(Math.min(keep, owned.size()), owned.size())) {
            delete(old);
            if (!old.logPath.isEmpty()) {
                logs.remove(old.logHost, old.logPath);
            }
        }
    }

    void delete(DeploymentRow row) {
        deployments.remove(row.deploymentId);
        rollbacks.values().removeIf(rollback -> rollback.deploymentId.equals(row.deploymentId));
    }

    /** The {@code environment} relation with its {@code project}, as {@code application.one} and friends embed it. */
    ObjectNode environmentJson(boolean full) {
        ObjectNode environment = WireJson.object();
        environment.put("environmentId", environmentId);
        environment.put("name", "production");
        if (full) {
            environment.put("description", "Default environment");
            environment.put("createdAt", "2026-01-05T10:00:00.000Z");
            environment.put("env", "");
            environment.put("projectId", projectId);
        }
        ObjectNode project = WireJson.object();
        project.put("projectId", projectId);
        project.put("name", "Fake Project");
        if (full) {
            project.put("description", "Seeded by dokploy4j-testkit");
            project.put("createdAt", "2026-01-05T10:00:00.000Z");
            project.put("organizationId", organizationId);
            project.put("env", "");
        }
        environment.set("project", project);
        return environment;
    }

    /** {@code resolveServicePath}: where the UI shows the job's service. */
    ObjectNode servicePath(DeployJob job) {
        ObjectNode path = WireJson.object();
        String linkedId = job.kind == ServiceKind.PREVIEW ? job.applicationId : job.serviceId;
        if (!services.containsKey(linkedId)) {
            path.putNull("href");
            path.put("label", "—");
            return path;
        }
        String segment = job.kind == ServiceKind.COMPOSE ? "compose" : "application";
        path.put("href", "/dashboard/project/" + projectId + "/environment/" + environmentId + "/services/"
                + segment + "/" + linkedId);
        path.put("label", job.kind.label);
        return path;
    }

    ScriptedBuild nextScript(String serviceId) {
        Deque<ScriptedBuild> waiting = scripts.get(serviceId);
        ScriptedBuild scripted = waiting == null ? null : waiting.pollFirst();
        return scripted != null ? scripted : new ScriptedBuild(this, serviceId, defaultScript);
    }

    void addScript(ScriptedBuild scripted) {
        scripts.computeIfAbsent(scripted.serviceId(), id -> new ArrayDeque<>()).addLast(scripted);
    }
}
