package io.github.dokploy4j.cli;

import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.deployment.CancelOutcome;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.DeploymentStatus;
import io.github.dokploy4j.deployment.QueueJob;
import io.github.dokploy4j.deployment.QueueJobState;
import io.github.dokploy4j.deployment.ServiceType;
import io.github.dokploy4j.error.BadRequestException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code dokploy cancel}: stops a service's waiting jobs and running build with only what the server can do, and
 * only with the consents that reach beyond one deployment.
 */
final class CancelCommand extends ClientCommand {
    private final ServiceChoice service = new ServiceChoice();
    private final OptionSpec dropQueued = CommandModel.flag("--drop-queued",
            "accept dropping every waiting job of the service");
    private final OptionSpec killBuilds = CommandModel.flag("--kill-builds",
            "accept killing every build of this kind on the service's host (self-hosted)");

    CancelCommand(DokployCli cli) {
        super(cli);
    }

    @Override
    public CommandSpec model() {
        return CommandModel.of(this,
                "Cancels a service's queued and running deployments, as far as Dokploy can:",
                "  waiting jobs   cleanQueues drops EVERY waiting job of the service (an application's previews "
                        + "too): needs --drop-queued",
                "  running build  Dokploy Cloud: cancelDeployment (the row then says 'done'). Self-hosted Dokploy "
                        + "cannot cancel one build: killBuild kills EVERY build of that kind on the service's host "
                        + "and the row ends 'error': needs --kill-builds",
                "Without a needed consent nothing is dropped or killed and the exit code is 2.")
                .add(service.group())
                .add(dropQueued, killBuilds)
                .withHelp();
    }

    @Override
    int run(Backend backend, Output output) {
        DokployClient client = backend.client();
        NamedService target = service.find(backend);
        ServiceType type = target.type();
        String id = target.id();
        String name = target.name();

        List<QueueJob> jobs = client.deployments().queueList().stream()
                .filter(job -> id.equals(type == ServiceType.APPLICATION
                        ? job.data().applicationId().orElse(null) : job.data().composeId().orElse(null)))
                .collect(Collectors.toList());
        long waiting = jobs.stream().filter(job -> job.state() != QueueJobState.ACTIVE).count();
        List<Deployment> rows = type == ServiceType.APPLICATION
                ? client.deployments().all(id) : client.deployments().allByCompose(id);
        boolean running = rows.stream().anyMatch(row -> row.status() == DeploymentStatus.RUNNING)
                || jobs.stream().anyMatch(job -> job.state() == QueueJobState.ACTIVE);

        if (waiting > 0 && !CommandModel.given(dropQueued)) {
            throw new CliFailure(ExitCode.USAGE, name + " has " + waiting + " waiting job(s); Dokploy can only drop "
                    + "every waiting job of the service at once", "add --drop-queued to accept that");
        }
        List<CancelOutcome> outcomes = new ArrayList<>();
        if (waiting > 0) {
            if (type == ServiceType.APPLICATION) {
                client.applications().cleanQueues(id);
            } else {
                client.compose().cleanQueues(id);
            }
            outcomes.add(CancelOutcome.DROPPED_FROM_QUEUE);
            say(output, "Dropped " + waiting + " waiting job(s) of " + name + ".");
        }
        if (running) {
            outcomes.add(stopRunning(client, type, id, name, output));
        }
        if (outcomes.isEmpty()) {
            outcomes.add(CancelOutcome.ALREADY_FINISHED);
            say(output, "Nothing to cancel: " + name + " has no waiting job and no running build.");
        }
        if (output.json()) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("serviceType", type.wireValue());
            result.put("serviceId", id);
            result.put("droppedJobs", waiting);
            result.put("outcomes", outcomes);
            output.json(result);
        }
        return ExitCode.SUCCESS;
    }

    private CancelOutcome stopRunning(DokployClient client, ServiceType type, String id, String name, Output output) {
        try {
            if (type == ServiceType.APPLICATION) {
                client.applications().cancelDeployment(id);
            } else {
                client.compose().cancelDeployment(id);
            }
            say(output, "Cancellation of the running build of " + name + " requested (Dokploy Cloud).");
            return CancelOutcome.CANCELLATION_REQUESTED;
        } catch (BadRequestException selfHosted) {
            if (!CommandModel.given(killBuilds)) {
                throw new CliFailure(ExitCode.USAGE, "self-hosted Dokploy cannot cancel one build of " + name
                        + " (" + selfHosted.serverMessage() + ")", "add --kill-builds to kill every "
                        + (type == ServiceType.APPLICATION ? "docker build" : "docker compose")
                        + " on the service's host; the deployment then ends 'error'");
            }
        }
        if (type == ServiceType.APPLICATION) {
            client.applications().killBuild(id);
        } else {
            client.compose().killBuild(id);
        }
        say(output, "Killed the builds on " + name + "'s host; its running deployment ends "
                + output.palette().red("error") + ".");
        return CancelOutcome.BUILD_KILLED;
    }

    private static void say(Output output, String text) {
        if (!output.json()) {
            output.line(text);
        }
    }
}
