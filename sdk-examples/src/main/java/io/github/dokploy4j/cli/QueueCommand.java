package io.github.dokploy4j.cli;

import io.github.dokploy4j.deployment.QueueJob;
import java.time.Clock;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code dokploy queue}: the build queue (waiting and running jobs). */
@Command(name = "queue", mixinStandardHelpOptions = true,
        description = {"Shows the build queue: waiting and running jobs (deployment.queueList, Dokploy v0.28.3+).",
            "Self-hosted Dokploy removes a job as soon as it ends."})
final class QueueCommand extends ClientCommand {
    @Override
    int run(Backend backend, Output output) {
        List<QueueJob> jobs = backend.client().deployments().queueList();
        if (output.json()) {
            output.json(jobs);
        } else {
            new QueueTable(Clock.systemUTC()).print(jobs, backend.services()::knownName, output);
        }
        return ExitCode.SUCCESS;
    }
}
