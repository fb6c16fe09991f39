package io.github.dokploy4j.cli;

import io.github.dokploy4j.deployment.DeploymentEvent;
import io.github.dokploy4j.deployment.DeploymentWatch;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dokploy watch}: every deployment of the organisation, one line per phase change, until Ctrl-C. */
@Command(name = "watch", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Watches every application and compose deployment of the organisation and prints each phase "
                + "change once (QUEUED, RUNNING, DONE, ERROR, CANCELLED, REMOVED), until Ctrl-C.",
            "Each poll costs two requests (queueList and allCentralized). With --json: one JSON object per line."})
final class WatchCommand extends ClientCommand {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    @Option(names = "--interval", paramLabel = "D", defaultValue = "10s", converter = DurationConverter.class,
            description = "time between polls, at least 1s (default: ${DEFAULT-VALUE})")
    Duration interval;

    @Option(names = "--max-events", paramLabel = "N", defaultValue = "0",
            description = "stop after N events (default: run until Ctrl-C)")
    int maxEvents;

    @Override
    int run(Backend backend, Output output) {
        CountDownLatch enough = new CountDownLatch(1);
        AtomicInteger seen = new AtomicInteger();
        if (!output.json()) {
            output.note(output.palette().dim("Watching " + backend.address() + " every "
                    + TimeText.duration(interval) + " (Ctrl-C to stop)."));
        }
        try (DeploymentWatch watch = backend.client().deployments().watch(interval, event -> {
            print(event, backend, output);
            if (maxEvents > 0 && seen.incrementAndGet() >= maxEvents) {
                enough.countDown();
            }
        })) {
            boolean stop = false;
            while (!stop && watch.isRunning()) {
                stop = awaitQuietly(enough);
            }
            watch.failure().ifPresent(failure -> {
                throw failure;
            });
        }
        return ExitCode.SUCCESS;
    }

    private static boolean awaitQuietly(CountDownLatch latch) {
        try {
            return latch.await(200, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private static void print(DeploymentEvent event, Backend backend, Output output) {
        if (output.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("phase", event.phase());
            json.put("previousPhase", event.previousPhase().orElse(null));
            json.put("serviceType", event.serviceType().wireValue());
            json.put("serviceId", event.serviceId());
            json.put("deployment", event.deployment().orElse(null));
            json.put("job", event.job().orElse(null));
            json.put("observedAt", event.observedAt());
            output.jsonLine(json);
            return;
        }
        Palette palette = output.palette();
        String service = event.deployment().map(ServiceNames::of).orElse(backend.services().knownName(event.serviceId()));
        String change = event.previousPhase().map(previous -> palette.dim(previous.name() + " \u2192 ")).orElse("")
                + palette.phase(event.phase());
        String what = event.deployment().map(row -> row.deploymentId() + "  " + row.title())
                .or(() -> event.job().map(job -> job.id() + "  " + job.data().titleLog())).orElse("");
        output.line(palette.dim(TIME.format(event.observedAt())) + "  " + service + "  " + change + "  " + what);
    }
}
