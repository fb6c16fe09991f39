package io.github.dokploy4j.testkit;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Deletes what the database's {@code ON DELETE CASCADE} deletes: a project takes its environments, an environment its
 * services, a service its domains, deployments (with their rollbacks and log files) and preview deployments. The
 * service's queued builds go too, an active one stopped (Dokploy cancels the jobs of a deleted application; for a
 * compose it drops the waiting ones and the running build finds its service gone). Called with the state's monitor
 * held.
 */
final class ResourceRemoval {

    private final FakeState state;
    private final DeploymentWorker worker;

    ResourceRemoval(FakeState state, DeploymentWorker worker) {
        this.state = state;
        this.worker = worker;
    }

    void project(ProjectRecord project) {
        List<EnvironmentRecord> environments = state.environments.values().stream()
                .filter(environment -> environment.projectId().equals(project.projectId))
                .collect(Collectors.toList());
        environments.forEach(this::environment);
        state.projects.remove(project.projectId);
    }

    void environment(EnvironmentRecord environment) {
        List<ServiceRecord> services = state.services.values().stream()
                .filter(service -> environment.environmentId.equals(service.environmentId()))
                .collect(Collectors.toList());
        services.forEach(this::service);
        state.environments.remove(environment.environmentId);
    }

    void service(ServiceRecord service) {
        String id = service.id;
        Set<String> previews = state.previews.values().stream()
                .filter(preview -> id.equals(preview.applicationId))
                .map(preview -> preview.previewDeploymentId)
                .collect(Collectors.toSet());
        worker.discard(job -> id.equals(job.serviceId) || previews.contains(job.serviceId));
        state.rows(row -> id.equals(row.applicationId) || id.equals(row.composeId)
                || previews.contains(row.previewDeploymentId)).forEach(row -> {
                    state.delete(row);
                    if (!row.logPath.isEmpty()) {
                        state.logs.remove(row.logHost, row.logPath);
                    }
                });
        state.domains.values().removeIf(domain -> id.equals(domain.applicationId()) || id.equals(domain.composeId()));
        state.previews.keySet().removeAll(previews);
        state.scripts.remove(id);
        previews.forEach(state.scripts::remove);
        state.services.remove(id);
    }

    void domain(DomainRecord domain) {
        state.domains.remove(domain.domainId);
    }
}
