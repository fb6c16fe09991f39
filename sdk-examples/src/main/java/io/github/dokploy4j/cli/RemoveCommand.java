package io.github.dokploy4j.cli;

import io.github.dokploy4j.deployment.Deployment;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code dokploy rm}: deletes a deployment row and its log. */
@Command(name = "rm", mixinStandardHelpOptions = true,
        description = {"Deletes a deployment and its log file (deployment.removeDeployment).",
            "A running build is not stopped. Deployments started in the same second share a log file."})
final class RemoveCommand extends ClientCommand {
    @Parameters(paramLabel = "DEPLOYMENT_ID", description = "the deployment id")
    String deploymentId;

    @Override
    int run(Backend backend, Output output) {
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
