package io.github.dokploy4j.cli;

import io.github.dokploy4j.error.BadRequestException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code dokploy kill}: stops a schedule run's process. */
final class KillCommand extends ClientCommand {
    private final PositionalParamSpec deployment =
            CommandModel.parameter("DEPLOYMENT_ID", "the schedule run's deployment id");

    KillCommand(DokployCli cli) {
        super(cli);
    }

    @Override
    public CommandSpec model() {
        return CommandModel.of(this,
                "Kills a schedule run's process (deployment.killProcess); the run ends 'error'.",
                "Only schedule runs have a process id: builds do not, and the server refuses them.",
                "To stop a build, use: dokploy cancel --app ID --kill-builds")
                .add(deployment)
                .withHelp();
    }

    @Override
    int run(Backend backend, Output output) {
        String deploymentId = deployment.getValue();
        try {
            backend.client().deployments().killProcess(deploymentId);
        } catch (BadRequestException e) {
            throw new CliFailure(ExitCode.USAGE, e.getMessage(),
                    "kill stops schedule runs only; to stop a build use: dokploy cancel --app ID --kill-builds");
        }
        if (output.json()) {
            output.json(java.util.Map.of("deploymentId", deploymentId, "killed", true));
        } else {
            output.line("Killed the process of " + deploymentId + "; the run ends " + output.palette().red("error") + ".");
        }
        return ExitCode.SUCCESS;
    }
}
