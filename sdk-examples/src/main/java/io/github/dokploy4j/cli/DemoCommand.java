package io.github.dokploy4j.cli;

import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.deployment.DeployRequest;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.DeploymentHandle;
import io.github.dokploy4j.deployment.DeploymentStatus;
import io.github.dokploy4j.sample.SampleBuilds;
import io.github.dokploy4j.sample.SampleProject;
import io.github.dokploy4j.testkit.ScriptedBuild;
import java.time.Clock;
import java.time.Duration;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code dokploy demo}: a short tour on the embedded fake — the deployments, the queue, a deploy whose log streams
 * live, a failing build and a rollback — each step with the command that does the same on a real server.
 */
final class DemoCommand implements CliCommand {
    private static final Duration STEP_TIMEOUT = Duration.ofMinutes(1);

    private final DokployCli cli;
    private final OptionSpec buildTimeOption = CommandModel.duration("--build-time", "3s",
            "how long each fake build runs").toBuilder().hidden(true).build();
    private int step;

    DemoCommand(DokployCli cli) {
        this.cli = cli;
    }

    @Override
    public CommandSpec model() {
        return CommandModel.of(this, "A one-minute tour on an embedded fake Dokploy (never on your server): "
                + "deployments, the queue, a deploy followed live, a failing build and a rollback.")
                .add(buildTimeOption)
                .withHelp();
    }

    @Override
    public Integer call() {
        Output output = cli.output();
        Duration buildTime = buildTimeOption.getValue();
        if (output.json()) {
            throw new CliFailure(ExitCode.USAGE, "the demo is a tour for people: it has no --json output", null);
        }
        try (Backend backend = Backend.sample(SampleProject.start(buildTime))) {
            SampleProject sample = backend.sample().orElseThrow();
            output.note(output.palette().yellow("The demo runs on an embedded fake Dokploy with a sample project ("
                    + String.join(", ", sample.services().keySet()) + "), never on a real server."));
            tour(backend, sample, buildTime, output);
        }
        return ExitCode.SUCCESS;
    }

    private void tour(Backend backend, SampleProject sample, Duration buildTime, Output output) {
        DokployClient client = sample.client();
        String webApi = sample.applicationId(SampleProject.WEB_API);
        String worker = sample.applicationId(SampleProject.WORKER);
        Clock clock = Clock.systemUTC();

        heading(output, "Every deployment of the organisation", "dokploy deployments list --all");
        new DeploymentTable(clock).print(client.deployments().allCentralized(), ServiceNames::of, output);

        heading(output, "Two deploys at once: one builds, one waits in the queue",
                "dokploy deploy --app worker && dokploy deploy --app web-api && dokploy queue");
        // The worker's build holds until the queue is shown, so that the queue has one job of each kind however
        // short the builds are and however slow the machine.
        ScriptedBuild workerBuild = sample.fake().scriptNextBuild(worker, SampleBuilds.releaseWhenReleased(buildTime));
        try (DeploymentHandle workerDeploy = client.applications().deploy(worker);
                DeploymentHandle webDeploy = client.applications().deploy(
                        DeployRequest.of(webApi).withTitle("Release 1.5.0"))) {
            workerDeploy.awaitDeployment(STEP_TIMEOUT);
            new QueueTable(clock).print(client.deployments().queueList(), backend.services()::knownName, output);
            workerBuild.release();

            heading(output, "Deploy web-api and follow it: QUEUED -> RUNNING -> DONE, the log streaming live",
                    "dokploy deploy --app web-api --title \"Release 1.5.0\" --wait --follow");
            new DeployRun(client, output, SampleProject.WEB_API).await(webDeploy, true, STEP_TIMEOUT);
        }

        heading(output, "A build that fails: the CLI shows why and exits 1",
                "dokploy deploy --app worker --wait");
        sample.fake().scriptNextBuild(worker, SampleBuilds.failingTests(buildTime.multipliedBy(2).dividedBy(3)));
        try (DeploymentHandle failing = client.applications().deploy(worker)) {
            int code = new DeployRun(client, output, SampleProject.WORKER).await(failing, false, STEP_TIMEOUT);
            output.line(output.palette().dim("(exit code " + code + ")"));
        }

        heading(output, "Roll web-api back to the release before", "dokploy deployments list --app web-api");
        new DeploymentTable(clock).print(client.deployments().all(webApi), output);
        Deployment previous = client.deployments().all(webApi).stream()
                .filter(row -> row.status() == DeploymentStatus.DONE && row.rollbackId().isPresent())
                .skip(1)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the sample has no earlier release to roll back to"));
        output.line("");
        output.line(output.palette().dim("$ dokploy rollback " + previous.deploymentId()));
        client.deployments().rollbackTo(previous);
        output.line("Rolled web-api back to " + previous.deploymentId() + " (" + previous.title() + ", rollback "
                + previous.rollbackId().orElseThrow() + ").");

        output.line("");
        output.line(output.palette().bold("That was the embedded fake. On your server:"));
        output.line("  export DOKPLOY_URL=https://dokploy.example.com DOKPLOY_API_KEY=...");
        output.line("  dokploy deployments list --all     dokploy --help     (exit codes are listed there)");
    }

    private void heading(Output output, String title, String command) {
        step++;
        output.line("");
        output.line(output.palette().bold(output.palette().cyan("\u2501\u2501 " + step + " \u00b7 " + title)));
        output.line(output.palette().dim("$ " + command));
    }
}
