package io.github.dokploy4j.cli;

import io.github.dokploy4j.deployment.ServiceType;
import picocli.CommandLine.Option;

/** {@code --app ID | --compose ID}: the service a command acts on. */
final class ServiceChoice {
    @Option(names = "--app", paramLabel = "ID", required = true, description = "an application id")
    String applicationId;

    @Option(names = "--compose", paramLabel = "ID", required = true, description = "a compose service id")
    String composeId;

    ServiceType type() {
        return applicationId != null ? ServiceType.APPLICATION : ServiceType.COMPOSE;
    }

    /** The id as given (a sample name on the embedded fake is resolved by the backend). */
    String givenId() {
        return applicationId != null ? applicationId : composeId;
    }
}
