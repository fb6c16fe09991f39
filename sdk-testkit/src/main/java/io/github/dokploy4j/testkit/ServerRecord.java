package io.github.dokploy4j.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A remote server (deploy or build) as the relations of {@code allCentralized} show it. */
final class ServerRecord {

    final String serverId;
    final String name;
    final String serverType;
    final String appName;

    ServerRecord(String serverId, String name, String serverType, String appName) {
        this.serverId = serverId;
        this.name = name;
        this.serverType = serverType;
        this.appName = appName;
    }

    ObjectNode toSummaryJson() {
        ObjectNode json = WireJson.object();
        json.put("serverId", serverId);
        json.put("name", name);
        json.put("serverType", serverType);
        return json;
    }
}
