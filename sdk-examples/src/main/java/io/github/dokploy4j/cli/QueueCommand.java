package io.github.dokploy4j.cli;

import io.github.dokploy4j.deployment.QueueJob;
import java.time.Clock;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dokploy queue}: the build queue (waiting and running jobs). */
final class QueueCommand extends ClientCommand {
    QueueCommand(DokployCli cli) {
        super(cli);
    }

    @Override
    public CommandSpec model() {
        return CommandModel.of(this,
                "Shows the build queue: waiting and running jobs (deployment.queueList, Dokploy v0.28.3+).",
                "Self-hosted Dokploy removes a job as soon as it ends.")
                .withHelp();
    }

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
