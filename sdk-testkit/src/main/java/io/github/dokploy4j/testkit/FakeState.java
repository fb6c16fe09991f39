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
 * Everything the fake Dokploy knows: projects, environments, services and domains, the deployment and rollback tables,
 * the queue and the scripts waiting for builds. One monitor (this object) guards it all; HTTP handlers, WebSocket
 * handlers, the clock and the test's own calls all synchronize on it.
 */
final class FakeState {

    final IdGenerator ids;
    final FakeClock clock;
    final LogStore logs = new LogStore();
    final BuildScript defaultScript;

    final ServerVersionTable versions;
    final QueueEra queueEra;
    /** The organization of the fake's API key: every project belongs to it. */
    final String organizationId;

    final Map<String, ProjectRecord> projects = new LinkedHashMap<>();
    final Map<String, EnvironmentRecord> environments = new LinkedHashMap<>();
    final Map<String, ServiceRecord> services = new LinkedHashMap<>();
    final Map<String, DomainRecord> domains = new LinkedHashMap<>();
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
    long resourceSequence;
    /** The environment of {@link ResourceCreator#SEEDED_PROJECT}, once a seeded service needed it. */
    String seededEnvironmentId;
    /** The {@code serial} behind {@code domain.uniqueConfigKey}. */
    int nextUniqueConfigKey = 1;
    long jobCounter;
    long previewSequence;
    int rollbackVersion;
    int nextPid = 4211;
    int nextPullRequest = 1;
    /** Bumped by a restart, so that steps scheduled before it do nothing. */
    long epoch;

    FakeState(IdGenerator ids, FakeClock clock, BuildScript defaultScript, ServerVersionTable versions) {
        this.ids = ids;
        this.clock = clock;
        this.defaultScript = defaultScript;
        this.versions = versions;
        this.queueEra = versions.queueEra();
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

    /** The environment a service lives in, with its project, as {@code application.one} embeds it. */
    ObjectNode environmentWithProject(String environmentId) {
        EnvironmentRecord environment = environments.get(environmentId);
        ObjectNode json = environment.row.deepCopy();
        json.set("project", projects.get(environment.projectId()).row.deepCopy());
        return json;
    }

    /** {@code {environmentId, name, project{projectId, name}}}, as {@code allCentralized} embeds it. */
    ObjectNode environmentSummary(String environmentId) {
        EnvironmentRecord environment = environments.get(environmentId);
        ObjectNode json = WireJson.object();
        json.put("environmentId", environment.environmentId);
        json.set("name", environment.row.get("name"));
        ProjectRecord project = projects.get(environment.projectId());
        ObjectNode projectJson = json.putObject("project");
        projectJson.put("projectId", project.projectId);
        projectJson.set("name", project.row.get("name"));
        return json;
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
        EnvironmentRecord environment = environments.get(services.get(linkedId).environmentId());
        path.put("href", "/dashboard/project/" + environment.projectId() + "/environment/"
                + environment.environmentId + "/services/" + segment + "/" + linkedId);
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
