package io.github.dokploy4j.cli;

import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.DeploymentHandle;
import io.github.dokploy4j.deployment.DeploymentStatus;
import io.github.dokploy4j.deployment.LogFollow;
import io.github.dokploy4j.error.DokployException;
import java.time.Duration;

/**
 * Waits for a deploy the CLI triggered: a progress line, the log streaming live with {@code --follow}, then one
 * summary line (or the final row with {@code --json}). Shared by {@code deploy} and {@code demo}.
 */
final class DeployRun {
    private static final int FAILURE_LOG_LINES = 15;

    private final DokployClient client;
    private final Output output;
    private final String serviceName;

    DeployRun(DokployClient client, Output output, String serviceName) {
        this.client = client;
        this.output = output;
        this.serviceName = serviceName;
    }

    /**
     * Waits until the deployment ends.
     *
     * @return {@link ExitCode#SUCCESS} when it is done, {@link ExitCode#DEPLOYMENT_FAILED} otherwise
     * @throws io.github.dokploy4j.error.DeploymentTimeoutException when {@code timeout} runs out
     */
    int await(DeploymentHandle handle, boolean follow, Duration timeout) {
        Deployment end;
        try (PhaseProgress progress = new PhaseProgress(output, serviceName)) {
            handle.onPhaseChange(progress);
            end = follow ? followToEnd(handle, progress, timeout) : handle.awaitCompletion(timeout);
            progress.ended(end);
        }
        Duration took = end.startedAt().flatMap(start -> end.finishedAt().map(finish -> Duration.between(start, finish)))
                .orElse(Duration.ZERO);
        if (output.json()) {
            output.json(end);
        } else if (end.status() == DeploymentStatus.DONE) {
            output.line(output.palette().green("\u2714 ") + serviceName + " deployed in " + TimeText.duration(took)
                    + output.palette().dim("  deployment " + end.deploymentId() + " (" + end.title() + ")"));
        } else {
            output.line(output.palette().red("\u2718 ") + serviceName + " " + output.palette().status(end.status())
                    + " after " + TimeText.duration(took)
                    + output.palette().dim("  deployment " + end.deploymentId() + " (" + end.title() + ")"));
            if (!follow) {
                printLastLines(end);
            }
        }
        return end.status() == DeploymentStatus.DONE ? ExitCode.SUCCESS : ExitCode.DEPLOYMENT_FAILED;
    }

    private Deployment followToEnd(DeploymentHandle handle, PhaseProgress progress, Duration timeout) {
        try (LogFollow follow = handle.follow(new LogPrinter(output, progress::printAbove))) {
            return follow.awaitCompletion(timeout);
        }
    }

    /** The end of a failed build's log, where the server can read it (deployment.readLogs); the exit code stays 1. */
    private void printLastLines(Deployment end) {
        String log;
        try {
            log = client.deployments().readLogs(end.deploymentId(), FAILURE_LOG_LINES);
        } catch (DokployException unreadable) {
            output.line(output.palette().dim("(its log cannot be read here: " + unreadable.getMessage()
                    + "; deploy with --follow to see it)"));
            return;
        }
        if (log.isBlank()) {
            return;
        }
        output.line(output.palette().dim("Last lines of its log:"));
        for (String line : log.split("\r?\n")) {
            output.line(output.palette().dim("  " + line));
        }
    }
}
