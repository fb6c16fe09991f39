package io.github.dokploy4j.cli;

import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.deployment.DeployRequest;
import io.github.dokploy4j.deployment.DeploymentHandle;
import io.github.dokploy4j.deployment.ServiceType;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code dokploy deploy}: queues a deploy and, with {@code --wait} or {@code --follow}, sees it through. */
final class DeployCommand extends ClientCommand {
    private final ServiceChoice service = new ServiceChoice();
    private final OptionSpec title = CommandModel.text("--title", "T",
            "the deployment's title (default: Manual deployment)");
    private final OptionSpec description = CommandModel.text("--description", "TEXT",
            "the deployment's description");
    private final OptionSpec redeploy = CommandModel.flag("--redeploy",
            "rebuild without fetching the source again (application.redeploy)");
    private final OptionSpec waitForEnd = CommandModel.flag("--wait",
            "wait until the deployment ends; exit 1 unless it is done");
    private final OptionSpec follow = CommandModel.flag("--follow",
            "stream the build log while waiting (implies --wait)");
    private final OptionSpec timeout = CommandModel.duration("--timeout", "30m",
            "how long to wait, e.g. 90s, 10m, 1h (default: ${DEFAULT-VALUE}); exit 5 when it runs out");

    DeployCommand(DokployCli cli) {
        super(cli);
    }

    @Override
    public CommandSpec model() {
        return CommandModel.of(this,
                "Deploys an application or a compose service (application.deploy / compose.deploy).",
                "Dokploy only queues the job and returns no id; with --wait the CLI finds the deployment it produced "
                        + "and shows QUEUED -> RUNNING -> DONE, and exits 1 when it fails or is cancelled.")
                .add(service.group())
                .add(title, description, redeploy, waitForEnd, follow, timeout)
                .withHelp();
    }

    @Override
    int run(Backend backend, Output output) {
        DokployClient client = backend.client();
        NamedService target = service.find(backend);
        DeployRequest request = DeployRequest.of(target.id());
        String titleText = title.getValue();
        if (titleText != null) {
            request = request.withTitle(titleText);
        }
        String descriptionText = description.getValue();
        if (descriptionText != null) {
            request = request.withDescription(descriptionText);
        }
        boolean following = CommandModel.given(follow);
        try (DeploymentHandle handle = trigger(client, request)) {
            if (!CommandModel.given(waitForEnd) && !following) {
                return queued(handle, target.name(), output);
            }
            return new DeployRun(client, output, target.name()).await(handle, following, timeout.getValue());
        }
    }

    private DeploymentHandle trigger(DokployClient client, DeployRequest request) {
        boolean again = CommandModel.given(redeploy);
        if (service.type() == ServiceType.APPLICATION) {
            return again ? client.applications().redeploy(request) : client.applications().deploy(request);
        }
        return again ? client.compose().redeploy(request) : client.compose().deploy(request);
    }

    private int queued(DeploymentHandle handle, String name, Output output) {
        if (output.json()) {
            Map<String, String> result = new LinkedHashMap<>();
            result.put("serviceType", handle.serviceType().wireValue());
            result.put("serviceId", handle.serviceId());
            result.put("phase", handle.phase().name());
            output.json(result);
        } else {
            output.line("Queued a " + (CommandModel.given(redeploy) ? "redeploy" : "deploy") + " of " + name + ".");
            output.line(output.palette().dim("Watch it with: dokploy queue, or deploy with --wait / --follow."));
        }
        return ExitCode.SUCCESS;
    }
}
