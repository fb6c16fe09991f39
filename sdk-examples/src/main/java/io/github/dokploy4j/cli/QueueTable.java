package io.github.dokploy4j.cli;

import io.github.dokploy4j.deployment.QueueJob;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/** The build queue as a table: job, state, service, kind, title, when it was queued and started. */
final class QueueTable {
    private final Clock clock;

    QueueTable(Clock clock) {
        this.clock = clock;
    }

    /**
     * Prints the jobs.
     *
     * @param serviceName turns a service id into a name for display
     */
    void print(List<QueueJob> jobs, UnaryOperator<String> serviceName, Output output) {
        if (jobs.isEmpty()) {
            output.line(output.palette().dim("The queue is empty: no build is waiting or running."));
            return;
        }
        Palette palette = output.palette();
        Instant now = clock.instant();
        Table table = new Table("JOB", "STATE", "SERVICE", "KIND", "TITLE", "QUEUED", "STARTED");
        for (QueueJob job : jobs) {
            String serviceId = job.data().applicationId().or(() -> job.data().composeId()).orElse("\u2014");
            String service = job.servicePath().label() + " " + serviceName.apply(serviceId);
            table.row(job.id(), palette.state(job.state()), service, job.data().type(),
                    Table.truncate(job.data().titleLog(), 40),
                    job.queuedAt().map(at -> TimeText.ago(at, now)).orElse("\u2014"),
                    job.startedAt().map(at -> TimeText.ago(at, now)).orElse("\u2014"));
        }
        table.print(output);
    }
}
