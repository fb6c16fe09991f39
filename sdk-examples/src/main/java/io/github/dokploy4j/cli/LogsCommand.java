package io.github.dokploy4j.cli;

import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.DeploymentStatus;
import io.github.dokploy4j.deployment.ServiceType;
import io.github.dokploy4j.deployment.Deployments;
import io.github.dokploy4j.deployment.LogFollow;
import io.github.dokploy4j.deployment.ProcedureVersions;
import io.github.dokploy4j.error.NotFoundException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dokploy logs}: a deployment's build log, as a snapshot or followed live. */
@Command(name = "logs", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Prints the last lines of a deployment's build log (deployment.readLogs, Dokploy "
                + ProcedureVersions.READ_LOGS + "+).",
            "With --follow it streams the whole log live (the /listen-deployment WebSocket, falling back to polling "
                    + "readLogs) until the deployment ends, then exits 0 if it is done and 1 if it failed or was "
                    + "cancelled. With --json the streamed lines go to stderr and stdout gets the final row. "
                    + "Dokploy before " + ProcedureVersions.ALL_CENTRALIZED + " cannot find a deployment by its id "
                    + "alone: there, give its service with --app or --compose."})
final class LogsCommand extends ClientCommand {
    @Parameters(paramLabel = "DEPLOYMENT_ID", description = "the deployment id")
    String deploymentId;

    @Option(names = "--app", paramLabel = "ID|NAME", description = "with --follow: the deployment's application")
    String applicationId;

    @Option(names = "--compose", paramLabel = "ID|NAME",
            description = "with --follow: the deployment's compose service")
    String composeId;

    @Option(names = "--tail", paramLabel = "N", defaultValue = "100",
            description = "how many lines, 1 to 10000 (default: ${DEFAULT-VALUE}); --follow starts at the first line")
    int tail;

    @Option(names = "--follow", description = "stream the log until the deployment ends")
    boolean follow;

    @Option(names = "--timeout", paramLabel = "D", defaultValue = "30m", converter = DurationConverter.class,
            description = "with --follow: how long to follow (default: ${DEFAULT-VALUE}); exit 5 when it runs out")
    Duration timeout;

    @Override
    int run(Backend backend, Output output) {
        if (follow) {
            return follow(backend, output);
        }
        if (tail < 1 || tail > 10_000) {
            throw new CliFailure(ExitCode.USAGE, "--tail must be between 1 and 10000, not " + tail, null);
        }
        String log = backend.client().deployments().readLogs(deploymentId, tail);
        if (output.json()) {
            output.json(log);
        } else {
            output.out().print(log);
            output.out().flush();
        }
        return ExitCode.SUCCESS;
    }

    private int follow(Backend backend, Output output) {
        Deployment end;
        Deployments deployments = backend.client().deployments();
        LogPrinter printer = new LogPrinter(output, output::line);
        Optional<List<Deployment>> rows = service(backend);
        try (LogFollow followed = rows.isPresent() ? deployments.follow(row(rows.get()), printer)
                : deployments.follow(deploymentId, printer)) {
            end = followed.awaitCompletion(timeout);
        } catch (NotFoundException e) {
            if (rows.isEmpty() && e.isUnknownProcedure()) {
                throw new CliFailure(ExitCode.NOT_FOUND, e.getMessage(), "this Dokploy cannot find a deployment by"
                        + " its id alone: give its service, e.g. dokploy logs " + deploymentId
                        + " --follow --app APPLICATION_ID");
            }
            throw e;
        }
        if (output.json()) {
            output.json(end);
        } else {
            output.note(output.palette().dim("deployment " + end.deploymentId() + " ended ")
                    + output.palette().status(end.status()));
        }
        return end.status() == DeploymentStatus.DONE ? ExitCode.SUCCESS : ExitCode.DEPLOYMENT_FAILED;
    }

    /** The rows of the service given with --app or --compose, which every Dokploy version can list. */
    private Optional<List<Deployment>> service(Backend backend) {
        if (applicationId != null) {
            return Optional.of(backend.client().deployments().all(
                    backend.services().find(ServiceType.APPLICATION, applicationId).id()));
        }
        if (composeId != null) {
            return Optional.of(backend.client().deployments().allByCompose(
                    backend.services().find(ServiceType.COMPOSE, composeId).id()));
        }
        return Optional.empty();
    }

    private Deployment row(List<Deployment> rows) {
        return rows.stream().filter(row -> row.deploymentId().equals(deploymentId)).findFirst()
                .orElseThrow(() -> new CliFailure(ExitCode.NOT_FOUND, "deployment " + deploymentId
                        + " is not among the service's deployments", null));
    }
}
