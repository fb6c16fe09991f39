package io.github.dokploy4j.cli;

import io.github.dokploy4j.deployment.ServiceType;

/**
 * One service of the organisation, with where it lives: what a name is looked up among.
 *
 * @param type {@link ServiceType#APPLICATION} or {@link ServiceType#COMPOSE}
 * @param id its id
 * @param name its name
 * @param project the name of its project
 * @param environment the name of its environment
 */
record ListedService(ServiceType type, String id, String name, String project, String environment) {

    /** How a match is shown when a name is ambiguous: "web (project shop, environment production, id X)". */
    String describe() {
        return name + " (project " + project + ", environment " + environment + ", id " + id + ")";
    }
}
