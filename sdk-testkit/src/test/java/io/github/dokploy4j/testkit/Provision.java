package io.github.dokploy4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;

/** Creates resources through the fake's API, the way a user's test would. */
final class Provision {

    private final Wire wire;

    Provision(Wire wire) {
        this.wire = wire;
    }

    /** {@code project.create}: {@code {project, environment}}. */
    JsonNode project(String name) {
        return wire.postJson("/api/project.create", "{\"name\":\"" + name + "\"}");
    }

    /** The id of a new project's {@code production} environment. */
    String environment(String projectName) {
        return project(projectName).get("environment").get("environmentId").textValue();
    }

    JsonNode application(String environmentId, String name) {
        return wire.postJson("/api/application.create",
                "{\"name\":\"" + name + "\",\"environmentId\":\"" + environmentId + "\"}");
    }

    JsonNode compose(String environmentId, String name) {
        return wire.postJson("/api/compose.create",
                "{\"name\":\"" + name + "\",\"environmentId\":\"" + environmentId + "\"}");
    }

    JsonNode applicationDomain(String applicationId, String host) {
        return wire.postJson("/api/domain.create", "{\"host\":\"" + host + "\",\"applicationId\":\"" + applicationId
                + "\",\"https\":false,\"port\":80,\"domainType\":\"application\",\"certificateType\":\"none\"}");
    }
}
