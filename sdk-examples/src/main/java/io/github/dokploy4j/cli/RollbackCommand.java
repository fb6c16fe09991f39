package io.github.dokploy4j.cli;

import io.github.dokploy4j.deployment.Deployment;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code dokploy rollback}: rolls an application back to one of its deployments. */
final class RollbackCommand extends ClientCommand {
    private final PositionalParamSpec deployment =
            CommandModel.parameter("DEPLOYMENT_ID", "the deployment to roll back to");

    RollbackCommand(DokployCli cli) {
        super(cli);
    }

    @Override
    public CommandSpec model() {
        return CommandModel.of(this,
                "Rolls an application back to the image of one of its deployments (rollback.rollback).",
                "Only application deployments with a rollback (the ROLLBACK column of 'deployments list') qualify: "
                        + "rollbacks must be enabled on the application, which needs a registry.")
                .add(deployment)
                .withHelp();
    }

    @Override
    int run(Backend backend, Output output) {
        String deploymentId = deployment.getValue();
        // Dokploy has no procedure that reads one deployment; allCentralized carries every application row.
        Deployment target = backend.client().deployments().allCentralized().stream()
                .filter(row -> row.deploymentId().equals(deploymentId))
                .findFirst()
                .orElseThrow(() -> new CliFailure(ExitCode.NOT_FOUND, "deployment " + deploymentId
                        + " was not found among the organisation's application and compose deployments",
                        "list them with: dokploy deployments list --all"));
        backend.client().deployments().rollbackTo(target);
        if (output.json()) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("deploymentId", target.deploymentId());
            result.put("rollbackId", target.rollbackId().orElse(null));
            result.put("applicationId", target.applicationId().orElse(null));
            output.json(result);
        } else {
            output.line("Rolled " + ServiceNames.of(target) + " back to " + target.deploymentId() + " ("
                    + target.title() + ", rollback " + target.rollbackId().orElse("?") + ").");
        }
        return ExitCode.SUCCESS;
    }
}
