package io.github.dokploy4j.cli;

import io.github.dokploy4j.deployment.ServiceType;

/**
 * A service a command acts on, as the user named it ({@code --app}, {@code --compose}) and the server knows it.
 *
 * @param type {@link ServiceType#APPLICATION} or {@link ServiceType#COMPOSE}
 * @param id its id
 * @param name its name, for display
 */
record NamedService(ServiceType type, String id, String name) {
}
