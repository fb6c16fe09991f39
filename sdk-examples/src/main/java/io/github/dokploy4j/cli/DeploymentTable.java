package io.github.dokploy4j.cli;

import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.DeploymentStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** Deployments as a table: id, status, (service), title, when, how long, and whether a rollback exists. */
final class DeploymentTable {
    private final Clock clock;

    DeploymentTable(Clock clock) {
        this.clock = clock;
    }

    /** Prints rows of one service. */
    void print(List<Deployment> deployments, Output output) {
        print(deployments, null, output);
    }

    /** Prints rows of many services, naming each row's service. */
    void print(List<Deployment> deployments, Function<Deployment, String> serviceName, Output output) {
        if (deployments.isEmpty()) {
            output.line(output.palette().dim("No deployments."));
            return;
        }
        Palette palette = output.palette();
        Instant now = clock.instant();
        boolean rollbacks = deployments.stream().anyMatch(d -> d.rollbackId().isPresent());
        Table table = serviceName == null
                ? new Table("ID", "STATUS", "TITLE", "CREATED", "DURATION", rollbacks ? "ROLLBACK" : "")
                : new Table("ID", "STATUS", "SERVICE", "TITLE", "CREATED", "DURATION", rollbacks ? "ROLLBACK" : "");
        for (Deployment d : deployments) {
            String status = palette.status(d.status());
            String title = Table.truncate(d.title(), 48);
            String created = TimeText.ago(d.createdAt(), now);
            String duration = duration(d, now, palette);
            String rollback = d.rollbackId().isPresent() ? palette.green("\u2713") : "";
            if (serviceName == null) {
                table.row(d.deploymentId(), status, title, created, duration, rollback);
            } else {
                table.row(d.deploymentId(), status, serviceName.apply(d), title, created, duration, rollback);
            }
        }
        table.print(output);
    }

    private static String duration(Deployment d, Instant now, Palette palette) {
        Instant start = d.startedAt().orElse(d.createdAt());
        if (d.finishedAt().isPresent()) {
            return TimeText.duration(Duration.between(start, d.finishedAt().get()));
        }
        if (d.status() == DeploymentStatus.RUNNING) {
            return palette.yellow(TimeText.duration(Duration.between(start, now)) + "\u2026");
        }
        return "\u2014";
    }
}
