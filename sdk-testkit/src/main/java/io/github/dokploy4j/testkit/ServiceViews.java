package io.github.dokploy4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An application or compose service with the relations {@code findApplicationById} / {@code findComposeById} load,
 * in their order (captures-resources 010, 024, 042, 044): what {@code one} answers, and {@code delete} without the last
 * two keys.
 */
final class ServiceViews {

    private ServiceViews() {
    }

    /** {@code application.one} / {@code compose.one}. */
    static ObjectNode one(FakeState state, ServiceRecord service) {
        ObjectNode json = withRelations(state, service);
        json.put("hasGitProviderAccess", true);
        json.putNull("unauthorizedProvider");
        return json;
    }

    /** {@code findApplicationById} / {@code findComposeById}, which {@code delete} answers. */
    static ObjectNode withRelations(FakeState state, ServiceRecord service) {
        ObjectNode json = service.row.deepCopy();
        json.set("environment", state.environmentWithProject(service.environmentId()));
        if (service.kind == ServiceKind.COMPOSE) {
            json.set("deployments", deployments(state, service));
            json.putArray("mounts");
            json.set("domains", domains(state, service));
            json.putNull("github");
            json.putNull("gitlab");
            json.putNull("bitbucket");
            json.putNull("gitea");
            json.set("server", server(state, service.serverId()));
            json.putArray("backups");
            return json;
        }
        json.set("domains", domains(state, service));
        json.set("deployments", deployments(state, service));
        json.putArray("mounts");
        json.putArray("redirects");
        json.putArray("security");
        json.putArray("ports");
        json.putNull("gitlab");
        json.putNull("github");
        json.putNull("bitbucket");
        json.putNull("gitea");
        json.set("server", server(state, service.serverId()));
        ArrayNode previews = json.putArray("previewDeployments");
        state.previews.values().stream()
                .filter(preview -> service.id.equals(preview.applicationId))
                .forEach(preview -> previews.add(preview.toJson()));
        json.putNull("registry");
        json.putNull("buildRegistry");
        json.putNull("rollbackRegistry");
        return json;
    }

    /** An unordered relation: insertion order, oldest first. */
    private static ArrayNode deployments(FakeState state, ServiceRecord service) {
        ArrayNode rows = WireJson.array();
        state.deployments.values().stream()
                .filter(row -> service.id.equals(
                        service.kind == ServiceKind.COMPOSE ? row.composeId : row.applicationId))
                .forEach(row -> rows.add(row.toJson()));
        return rows;
    }

    private static ArrayNode domains(FakeState state, ServiceRecord service) {
        ArrayNode rows = WireJson.array();
        state.domains.values().stream()
                .filter(domain -> service.id.equals(service.kind == ServiceKind.COMPOSE
                        ? domain.composeId() : domain.applicationId()))
                .forEach(domain -> rows.add(domain.row.deepCopy()));
        return rows;
    }

    /** The server relation; the fake knows a server's id, name and type only. */
    private static JsonNode server(FakeState state, String serverId) {
        ServerRecord server = serverId == null ? null : state.servers.get(serverId);
        return server == null ? NullNode.getInstance() : server.toSummaryJson();
    }
}
