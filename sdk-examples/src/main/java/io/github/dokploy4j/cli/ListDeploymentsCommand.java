package io.github.dokploy4j.cli;

import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.Deployments;
import io.github.dokploy4j.deployment.ServiceType;
import java.time.Clock;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dokploy deployments list}: the deployments of a service, a server, any owner, or the whole organisation. */
@Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Lists deployments, newest first.",
            "--server lists a remote server's setup runs (deployment.allByServer), not the apps on it; "
                    + "--all lists every application and compose deployment of the organisation (Dokploy v0.28.3+)."})
final class ListDeploymentsCommand extends ClientCommand {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Owner owner;

    static final class Owner {
        @Option(names = "--app", paramLabel = "ID|NAME", description = "an application's deployments (id or name)")
        String application;

        @Option(names = "--compose", paramLabel = "ID|NAME",
                description = "a compose service's deployments (id or name)")
        String compose;

        @Option(names = "--server", paramLabel = "ID", description = "a remote server's setup runs")
        String serverId;

        @ArgGroup(exclusive = false)
        TypeAndId typed;

        @Option(names = "--all", description = "every application and compose deployment of the organisation")
        boolean all;
    }

    static final class TypeAndId {
        @Option(names = "--type", required = true, paramLabel = "TYPE", converter = ServiceTypeConverter.class,
                completionCandidates = ServiceTypeConverter.Candidates.class,
                description = "the owner's kind: ${COMPLETION-CANDIDATES}")
        ServiceType type;

        @Option(names = "--id", required = true, paramLabel = "ID",
                description = "the owner's id (with --type; an application or compose service also by name)")
        String id;
    }

    @Override
    int run(Backend backend, Output output) {
        Deployments deployments = backend.client().deployments();
        List<Deployment> rows;
        ServiceDirectory services = backend.services();
        if (owner.application != null) {
            rows = deployments.all(services.find(ServiceType.APPLICATION, owner.application).id());
        } else if (owner.compose != null) {
            rows = deployments.allByCompose(services.find(ServiceType.COMPOSE, owner.compose).id());
        } else if (owner.serverId != null) {
            rows = deployments.allByServer(owner.serverId);
        } else if (owner.typed != null) {
            ServiceType type = owner.typed.type;
            boolean service = type == ServiceType.APPLICATION || type == ServiceType.COMPOSE;
            rows = deployments.allByType(type, service ? services.find(type, owner.typed.id).id() : owner.typed.id);
        } else {
            rows = deployments.allCentralized();
        }
        if (output.json()) {
            output.json(rows);
        } else if (owner.all) {
            new DeploymentTable(Clock.systemUTC()).print(rows, ServiceNames::of, output);
        } else {
            new DeploymentTable(Clock.systemUTC()).print(rows, output);
        }
        return ExitCode.SUCCESS;
    }
}
