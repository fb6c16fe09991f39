package io.github.dokploy4j.cli;

import io.github.dokploy4j.deployment.Deployment;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code dokploy rm}: deletes a deployment row and its log. */
final class RemoveCommand extends ClientCommand {
    private final PositionalParamSpec deployment = CommandModel.parameter("DEPLOYMENT_ID", "the deployment id");

    RemoveCommand(DokployCli cli) {
        super(cli);
    }

    @Override
    public CommandSpec model() {
        return CommandModel.of(this,
                "Deletes a deployment and its log file (deployment.removeDeployment).",
                "A running build is not stopped. Deployments started in the same second share a log file.")
                .add(deployment)
                .withHelp();
    }

    @Override
    int run(Backend backend, Output output) {
        String deploymentId = deployment.getValue();
        Optional<Deployment> removed = backend.client().deployments().removeDeployment(deploymentId);
        if (output.json()) {
            output.json(removed);
        } else if (removed.isPresent()) {
            output.line("Removed " + deploymentId + " (" + removed.get().title() + ").");
        } else {
            output.line("Nothing was removed: the server matched no row for " + deploymentId + ".");
        }
        return ExitCode.SUCCESS;
    }
}
