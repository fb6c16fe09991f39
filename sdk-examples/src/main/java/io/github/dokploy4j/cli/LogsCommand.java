package io.github.dokploy4j.cli;

import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.DeploymentStatus;
import io.github.dokploy4j.deployment.ServiceType;
import io.github.dokploy4j.deployment.Deployments;
import io.github.dokploy4j.deployment.LogFollow;
import io.github.dokploy4j.deployment.ProcedureVersions;
import io.github.dokploy4j.error.NotFoundException;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code dokploy logs}: a deployment's build log, as a snapshot or followed live. */
final class LogsCommand extends ClientCommand {
    private final PositionalParamSpec deployment = CommandModel.parameter("DEPLOYMENT_ID", "the deployment id");
    private final OptionSpec application = CommandModel.text("--app", "ID|NAME",
            "with --follow: the deployment's application");
    private final OptionSpec compose = CommandModel.text("--compose", "ID|NAME",
            "with --follow: the deployment's compose service");
    private final OptionSpec tail = CommandModel.number("--tail", "N", 100,
            "how many lines, 1 to 10000 (default: ${DEFAULT-VALUE}); --follow starts at the first line");
    private final OptionSpec follow = CommandModel.flag("--follow", "stream the log until the deployment ends");
    private final OptionSpec timeout = CommandModel.duration("--timeout", "30m",
            "with --follow: how long to follow (default: ${DEFAULT-VALUE}); exit 5 when it runs out");

    LogsCommand(DokployCli cli) {
        super(cli);
    }

    @Override
    public CommandSpec model() {
        return CommandModel.of(this,
                "Prints the last lines of a deployment's build log (deployment.readLogs, Dokploy "
                        + ProcedureVersions.READ_LOGS + "+).",
                "With --follow it streams the whole log live (the /listen-deployment WebSocket, falling back to "
                        + "polling readLogs) until the deployment ends, then exits 0 if it is done and 1 if it failed "
                        + "or was cancelled. With --json the streamed lines go to stderr and stdout gets the final "
                        + "row. Dokploy before " + ProcedureVersions.ALL_CENTRALIZED + " cannot find a deployment "
                        + "by its id alone: there, give its service with --app or --compose.")
                .add(deployment, application, compose, tail, follow, timeout)
                .withHelp();
    }

    @Override
    int run(Backend backend, Output output) {
        if (CommandModel.given(follow)) {
            return follow(backend, output);
        }
        int lines = tail.getValue();
        if (lines < 1 || lines > 10_000) {
            throw new CliFailure(ExitCode.USAGE, "--tail must be between 1 and 10000, not " + lines, null);
        }
        String log = backend.client().deployments().readLogs(deploymentId(), lines);
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
                : deployments.follow(deploymentId(), printer)) {
            end = followed.awaitCompletion(timeout.getValue());
        } catch (NotFoundException e) {
            if (rows.isEmpty() && e.isUnknownProcedure()) {
                throw new CliFailure(ExitCode.NOT_FOUND, e.getMessage(), "this Dokploy cannot find a deployment by"
                        + " its id alone: give its service, e.g. dokploy logs " + deploymentId()
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

    private String deploymentId() {
        return deployment.getValue();
    }

    /** The rows of the service given with --app or --compose, which every Dokploy version can list. */
    private Optional<List<Deployment>> service(Backend backend) {
        String app = application.getValue();
        if (app != null) {
            return Optional.of(backend.client().deployments().all(
                    backend.services().find(ServiceType.APPLICATION, app).id()));
        }
        String stack = compose.getValue();
        if (stack != null) {
            return Optional.of(backend.client().deployments().allByCompose(
                    backend.services().find(ServiceType.COMPOSE, stack).id()));
        }
        return Optional.empty();
    }

    private Deployment row(List<Deployment> rows) {
        return rows.stream().filter(row -> row.deploymentId().equals(deploymentId())).findFirst()
                .orElseThrow(() -> new CliFailure(ExitCode.NOT_FOUND, "deployment " + deploymentId()
                        + " is not among the service's deployments", null));
    }
}
