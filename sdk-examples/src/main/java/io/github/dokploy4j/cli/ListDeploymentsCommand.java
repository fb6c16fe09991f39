package io.github.dokploy4j.cli;

import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.Deployments;
import io.github.dokploy4j.deployment.ServiceType;
import java.time.Clock;
import java.util.List;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code dokploy deployments list}: the deployments of a service, a server, any owner, or the whole organisation. */
final class ListDeploymentsCommand extends ClientCommand {
    private final OptionSpec application = CommandModel.text("--app", "ID|NAME",
            "an application's deployments (id or name)");
    private final OptionSpec compose = CommandModel.text("--compose", "ID|NAME",
            "a compose service's deployments (id or name)");
    private final OptionSpec server = CommandModel.text("--server", "ID", "a remote server's setup runs");
    private final OptionSpec type = OptionSpec.builder("--type").type(ServiceType.class).paramLabel("TYPE")
            .required(true).converters(new ServiceTypeConverter())
            .completionCandidates(ServiceTypeConverter.candidates())
            .description("the owner's kind: ${COMPLETION-CANDIDATES}").build();
    private final OptionSpec id = CommandModel.requiredText("--id", "ID",
            "the owner's id (with --type; an application or compose service also by name)");
    private final OptionSpec all = CommandModel.flag("--all",
            "every application and compose deployment of the organisation");

    ListDeploymentsCommand(DokployCli cli) {
        super(cli);
    }

    @Override
    public CommandSpec model() {
        ArgGroupSpec typeAndId = ArgGroupSpec.builder().exclusive(false).addArg(type).addArg(id).build();
        ArgGroupSpec owner = ArgGroupSpec.builder().exclusive(true).multiplicity("1")
                .addArg(application).addArg(compose).addArg(server).addSubgroup(typeAndId).addArg(all).build();
        return CommandModel.of(this, "Lists deployments, newest first.",
                "--server lists a remote server's setup runs (deployment.allByServer), not the apps on it; "
                        + "--all lists every application and compose deployment of the organisation "
                        + "(Dokploy v0.28.3+).")
                .add(owner)
                .withHelp();
    }

    @Override
    int run(Backend backend, Output output) {
        Deployments deployments = backend.client().deployments();
        List<Deployment> rows;
        ServiceDirectory services = backend.services();
        String app = application.getValue();
        String stack = compose.getValue();
        String serverId = server.getValue();
        ServiceType ownerType = type.getValue();
        boolean everything = CommandModel.given(all);
        if (app != null) {
            rows = deployments.all(services.find(ServiceType.APPLICATION, app).id());
        } else if (stack != null) {
            rows = deployments.allByCompose(services.find(ServiceType.COMPOSE, stack).id());
        } else if (serverId != null) {
            rows = deployments.allByServer(serverId);
        } else if (ownerType != null) {
            String ownerId = id.getValue();
            boolean service = ownerType == ServiceType.APPLICATION || ownerType == ServiceType.COMPOSE;
            rows = deployments.allByType(ownerType, service ? services.find(ownerType, ownerId).id() : ownerId);
        } else {
            rows = deployments.allCentralized();
        }
        if (output.json()) {
            output.json(rows);
        } else if (everything) {
            new DeploymentTable(Clock.systemUTC()).print(rows, ServiceNames::of, output);
        } else {
            new DeploymentTable(Clock.systemUTC()).print(rows, output);
        }
        return ExitCode.SUCCESS;
    }
}
