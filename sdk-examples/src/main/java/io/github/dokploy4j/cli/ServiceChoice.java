package io.github.dokploy4j.cli;

import io.github.dokploy4j.deployment.ServiceType;
import picocli.CommandLine.Option;

/** {@code --app ID|NAME | --compose ID|NAME}: the service a command acts on. */
final class ServiceChoice {
    @Option(names = "--app", paramLabel = "ID|NAME", required = true,
            description = "an application, by id or by its name (unique in the organisation)")
    String application;

    @Option(names = "--compose", paramLabel = "ID|NAME", required = true,
            description = "a compose service, by id or by its name (unique in the organisation)")
    String compose;

    ServiceType type() {
        return application != null ? ServiceType.APPLICATION : ServiceType.COMPOSE;
    }

    /** The service these options name, found on the backend by id or by name. */
    NamedService find(Backend backend) {
        return backend.services().find(type(), application != null ? application : compose);
    }
}
