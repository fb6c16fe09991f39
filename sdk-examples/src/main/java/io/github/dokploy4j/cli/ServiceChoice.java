package io.github.dokploy4j.cli;

import io.github.dokploy4j.deployment.ServiceType;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code --app ID|NAME | --compose ID|NAME}: the service a command acts on. */
final class ServiceChoice {
    private final OptionSpec application = CommandModel.requiredText("--app", "ID|NAME",
            "an application, by id or by its name (unique in the organisation)");
    private final OptionSpec compose = CommandModel.requiredText("--compose", "ID|NAME",
            "a compose service, by id or by its name (unique in the organisation)");

    /** The two options, of which the command line gives exactly one. */
    ArgGroupSpec group() {
        return CommandModel.oneOf(application, compose);
    }

    ServiceType type() {
        return application.getValue() != null ? ServiceType.APPLICATION : ServiceType.COMPOSE;
    }

    /** The service these options name, found on the backend by id or by name. */
    NamedService find(Backend backend) {
        String app = application.getValue();
        return backend.services().find(type(), app != null ? app : compose.getValue());
    }
}
