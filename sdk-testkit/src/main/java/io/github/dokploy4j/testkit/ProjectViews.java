package io.github.dokploy4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Projects and environments with their services, as the queries of {@code project.*} and {@code environment.*} select
 * them (captures-resources 002, 003, 005, 007; the columns of non-empty service lists read from Dokploy's source).
 * Drizzle writes the selected columns in the order the query names them, then the relations. The fake has no database
 * services, so their lists are always empty.
 */
final class ProjectViews {

    private static final String[] DATABASES = {"mariadb", "mongo", "mysql", "postgres", "redis"};

    private final FakeState state;

    ProjectViews(FakeState state) {
        this.state = state;
    }

    /** {@code findProjectById}: every column, each environment with its services, and the tags. */
    ObjectNode one(ProjectRecord project) {
        ObjectNode json = project.row.deepCopy();
        ArrayNode environments = json.putArray("environments");
        for (EnvironmentRecord environment : environmentsOf(project.projectId)) {
            ObjectNode entry = environment.row.deepCopy();
            entry.set("applications", services(environment, ServiceKind.APPLICATION, this::withServerName,
                    "name", "description", "appName", "createdAt", "serverId", "applicationStatus", "applicationId",
                    "icon"));
            entry.set("compose", services(environment, ServiceKind.COMPOSE, this::withServerName,
                    "name", "description", "appName", "createdAt", "serverId", "composeId", "composeStatus"));
            entry.putArray("libsql");
            for (String database : DATABASES) {
                entry.putArray(database);
            }
            environments.add(entry);
        }
        json.putArray("projectTags");
        return json;
    }

    /** An element of {@code project.all}: environments with the names and statuses of their services. */
    ObjectNode listed(ProjectRecord project) {
        ObjectNode json = project.row.deepCopy();
        ArrayNode environments = json.putArray("environments");
        for (EnvironmentRecord environment : environmentsOf(project.projectId)) {
            ObjectNode entry = WireJson.pick(environment.row, "name", "environmentId", "isDefault");
            entry.set("applications", services(environment, ServiceKind.APPLICATION, (service, row) -> row,
                    "applicationId", "name", "applicationStatus"));
            for (String database : DATABASES) {
                entry.putArray(database);
            }
            entry.set("compose", services(environment, ServiceKind.COMPOSE, (service, row) -> row,
                    "composeId", "name", "composeStatus"));
            entry.putArray("libsql");
            environments.add(entry);
        }
        json.putArray("projectTags");
        return json;
    }

    /** {@code findEnvironmentById}. */
    ObjectNode environment(EnvironmentRecord environment) {
        ObjectNode json = WireJson.pick(environment.row, "name", "description", "environmentId", "isDefault",
                "projectId", "env");
        json.set("applications", services(environment, ServiceKind.APPLICATION, this::withServerNameAndId,
                "name", "applicationId", "createdAt", "applicationStatus", "description", "serverId", "icon"));
        for (String database : DATABASES) {
            json.putArray(database);
        }
        json.set("compose", services(environment, ServiceKind.COMPOSE, this::withServerNameAndId,
                "composeId", "name", "createdAt", "composeStatus", "description", "serverId", "icon"));
        json.putArray("libsql");
        json.set("project", state.projects.get(environment.projectId()).row.deepCopy());
        return json;
    }

    /** An element of {@code environment.byProjectId}. */
    ObjectNode listedEnvironment(EnvironmentRecord environment) {
        ObjectNode json = WireJson.pick(environment.row, "name", "description", "environmentId", "isDefault");
        json.set("applications", services(environment, ServiceKind.APPLICATION, this::withServerName,
                "name", "description", "appName", "createdAt", "serverId", "applicationStatus", "applicationId",
                "icon"));
        for (String database : DATABASES) {
            json.putArray(database);
        }
        json.set("compose", services(environment, ServiceKind.COMPOSE, this::withServerName,
                "name", "description", "appName", "createdAt", "serverId", "composeId", "composeStatus", "icon"));
        json.putArray("libsql");
        json.set("project", state.projects.get(environment.projectId()).row.deepCopy());
        return json;
    }

    /** The environments of a project in creation order (an unordered relation, as Postgres returns it). */
    List<EnvironmentRecord> environmentsOf(String projectId) {
        return state.environments.values().stream()
                .filter(environment -> environment.projectId().equals(projectId))
                .sorted(Comparator.comparingLong(environment -> environment.sequence))
                .collect(Collectors.toList());
    }

    private interface Relation {
        ObjectNode add(ServiceRecord service, ObjectNode row);
    }

    private ArrayNode services(EnvironmentRecord environment, ServiceKind kind, Relation relation, String... columns) {
        ArrayNode list = WireJson.array();
        state.services.values().stream()
                .filter(service -> service.kind == kind && environment.environmentId.equals(service.environmentId()))
                .forEach(service -> list.add(relation.add(service, WireJson.pick(service.row, columns))));
        return list;
    }

    private ObjectNode withServerName(ServiceRecord service, ObjectNode row) {
        row.set("server", server(service, false));
        return row;
    }

    private ObjectNode withServerNameAndId(ServiceRecord service, ObjectNode row) {
        row.set("server", server(service, true));
        return row;
    }

    private JsonNode server(ServiceRecord service, boolean withId) {
        ServerRecord server = service.serverId() == null ? null : state.servers.get(service.serverId());
        if (server == null) {
            return NullNode.getInstance();
        }
        ObjectNode json = WireJson.object();
        json.put("name", server.name);
        if (withId) {
            json.put("serverId", server.serverId);
        }
        return json;
    }
}
