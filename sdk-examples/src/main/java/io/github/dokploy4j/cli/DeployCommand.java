package io.github.dokploy4j.cli;

import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.deployment.DeployRequest;
import io.github.dokploy4j.deployment.DeploymentHandle;
import io.github.dokploy4j.deployment.ServiceType;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dokploy deploy}: queues a deploy and, with {@code --wait} or {@code --follow}, sees it through. */
@Command(name = "deploy", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Deploys an application or a compose service (application.deploy / compose.deploy).",
            "Dokploy only queues the job and returns no id; with --wait the CLI finds the deployment it produced and "
                    + "shows QUEUED -> RUNNING -> DONE, and exits 1 when it fails or is cancelled."})
final class DeployCommand extends ClientCommand {

    @ArgGroup(exclusive = true, multiplicity = "1")
    ServiceChoice service;

    @Option(names = "--title", paramLabel = "T", description = "the deployment's title (default: Manual deployment)")
    String title;

    @Option(names = "--description", paramLabel = "TEXT", description = "the deployment's description")
    String description;

    @Option(names = "--redeploy", description = "rebuild without fetching the source again (application.redeploy)")
    boolean redeploy;

    @Option(names = "--wait", description = "wait until the deployment ends; exit 1 unless it is done")
    boolean waitForEnd;

    @Option(names = "--follow", description = "stream the build log while waiting (implies --wait)")
    boolean follow;

    @Option(names = "--timeout", paramLabel = "D", defaultValue = "30m", converter = DurationConverter.class,
            description = "how long to wait, e.g. 90s, 10m, 1h (default: ${DEFAULT-VALUE}); exit 5 when it runs out")
    Duration timeout;

    @Override
    int run(Backend backend, Output output) {
        DokployClient client = backend.client();
        NamedService target = service.find(backend);
        DeployRequest request = DeployRequest.of(target.id());
        if (title != null) {
            request = request.withTitle(title);
        }
        if (description != null) {
            request = request.withDescription(description);
        }
        try (DeploymentHandle handle = trigger(client, request)) {
            if (!waitForEnd && !follow) {
                return queued(handle, target.name(), output);
            }
            return new DeployRun(client, output, target.name()).await(handle, follow, timeout);
        }
    }

    private DeploymentHandle trigger(DokployClient client, DeployRequest request) {
        if (service.type() == ServiceType.APPLICATION) {
            return redeploy ? client.applications().redeploy(request) : client.applications().deploy(request);
        }
        return redeploy ? client.compose().redeploy(request) : client.compose().deploy(request);
    }

    private int queued(DeploymentHandle handle, String name, Output output) {
        if (output.json()) {
            Map<String, String> result = new LinkedHashMap<>();
            result.put("serviceType", handle.serviceType().wireValue());
            result.put("serviceId", handle.serviceId());
            result.put("phase", handle.phase().name());
            output.json(result);
        } else {
            output.line("Queued a " + (redeploy ? "redeploy" : "deploy") + " of " + name + ".");
            output.line(output.palette().dim("Watch it with: dokploy queue, or deploy with --wait / --follow."));
        }
        return ExitCode.SUCCESS;
    }
}
