package io.github.dokploy4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Inserts projects, environments, services and domains the way Dokploy's create services do: a row from
 * {@link RowTemplates} with the caller's values over the defaults (a value given as JSON {@code null} is stored as
 * null, an absent one keeps the default). Called with the state's monitor held.
 */
final class ResourceCreator {

    static final String SEEDED_PROJECT = "Fake Project";

    /** What seeded applications carry, so that tests can check that no secret leaks. */
    static final String SEEDED_ENV = "DATABASE_URL=postgres://app:fake-db-password@db:5432/app\n"
            + "SESSION_SECRET=fake-session-secret";

    private final FakeState state;

    ResourceCreator(FakeState state) {
        this.state = state;
    }

    /** {@code createProject}: the project and its default {@code production} environment. */
    ProjectRecord project(ObjectNode input) {
        String projectId = state.ids.nanoid();
        ObjectNode row = RowTemplates.project();
        row.put("projectId", projectId);
        copyGiven(input, row);
        row.put("createdAt", state.nowIso());
        row.put("organizationId", state.organizationId);
        ProjectRecord project = new ProjectRecord(projectId, row, state.resourceSequence++);
        state.projects.put(projectId, project);
        ObjectNode production = WireJson.object();
        production.put("name", "production");
        production.put("description", "Production environment");
        production.put("projectId", projectId);
        production.put("isDefault", true);
        environment(production);
        return project;
    }

    EnvironmentRecord environment(ObjectNode input) {
        String environmentId = state.ids.nanoid();
        ObjectNode row = RowTemplates.environment();
        row.put("environmentId", environmentId);
        copyGiven(input, row);
        row.put("createdAt", state.nowIso());
        EnvironmentRecord environment = new EnvironmentRecord(environmentId, row, state.resourceSequence++);
        state.environments.put(environmentId, environment);
        return environment;
    }

    /** The production environment of {@value #SEEDED_PROJECT}, made on first use, for services seeded without one. */
    String seededEnvironmentId() {
        if (state.seededEnvironmentId == null || !state.environments.containsKey(state.seededEnvironmentId)) {
            ObjectNode input = WireJson.object();
            input.put("name", SEEDED_PROJECT);
            input.put("description", "Seeded by dokploy4j-testkit");
            String projectId = project(input).projectId;
            state.seededEnvironmentId = state.environments.values().stream()
                    .filter(environment -> environment.projectId().equals(projectId))
                    .findFirst().orElseThrow().environmentId;
        }
        return state.seededEnvironmentId;
    }

    /**
     * A new application or compose row: {@code input} holds the create procedure's input (name, appName,
     * description, environmentId, serverId, and for compose composeType and composeFile).
     */
    ServiceRecord service(ServiceKind kind, ObjectNode input, String commitMessage, String commitSha) {
        boolean compose = kind == ServiceKind.COMPOSE;
        ObjectNode row = compose ? RowTemplates.compose() : RowTemplates.application();
        String id = state.ids.nanoid();
        row.put(ServiceRecord.idKey(kind), id);
        JsonNode appName = input.remove("appName");
        copyGiven(input, row);
        row.put("appName", AppNames.build(state.ids, compose ? "compose" : "app",
                appName == null ? null : appName.textValue()));
        row.put("refreshToken", state.ids.nanoid());
        row.put("createdAt", state.nowIso());
        if (compose && row.get("composeFile").isNull()) {
            row.put("composeFile", "");
        }
        ServiceRecord service = new ServiceRecord(kind, row, commitMessage, commitSha);
        state.services.put(id, service);
        return service;
    }

    DomainRecord domain(ObjectNode input) {
        String domainId = state.ids.nanoid();
        ObjectNode row = RowTemplates.domain();
        row.put("domainId", domainId);
        copyGiven(input, row);
        row.put("host", row.get("host").textValue().strip());
        row.put("uniqueConfigKey", state.nextUniqueConfigKey++);
        row.put("createdAt", state.nowIso());
        DomainRecord domain = new DomainRecord(domainId, row);
        state.domains.put(domainId, domain);
        return domain;
    }

    /** Sets every column of {@code row} that {@code input} names; other input keys are not columns and are dropped. */
    static void copyGiven(ObjectNode input, ObjectNode row) {
        input.properties().forEach(field -> {
            if (row.has(field.getKey())) {
                row.set(field.getKey(), field.getValue());
            }
        });
    }
}
