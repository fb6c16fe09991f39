package io.github.dokploy4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.deployment.ServiceType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The organisation's applications and compose services, from {@code project.all}: Dokploy answers every project the
 * key may see, each with its {@code environments[]}, each with its {@code applications} and {@code compose}
 * (id, name and status only).
 */
final class OrganisationServices {
    private OrganisationServices() {
    }

    static List<ListedService> read(DokployClient client) {
        JsonNode projects = client.procedure("project.all").query(Map.of());
        return projects == null ? List.of() : of(projects);
    }

    static List<ListedService> of(JsonNode projects) {
        List<ListedService> services = new ArrayList<>();
        for (JsonNode project : projects) {
            String projectName = project.path("name").asText();
            for (JsonNode environment : project.path("environments")) {
                String environmentName = environment.path("name").asText();
                for (JsonNode application : environment.path("applications")) {
                    services.add(new ListedService(ServiceType.APPLICATION, application.path("applicationId").asText(),
                            application.path("name").asText(), projectName, environmentName));
                }
                for (JsonNode compose : environment.path("compose")) {
                    services.add(new ListedService(ServiceType.COMPOSE, compose.path("composeId").asText(),
                            compose.path("name").asText(), projectName, environmentName));
                }
            }
        }
        return services;
    }
}
