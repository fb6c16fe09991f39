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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code dokploy watch}: every deployment of the organisation, one line per phase change, until Ctrl-C. */
final class WatchCommand extends ClientCommand {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final OptionSpec interval = CommandModel.duration("--interval", "10s",
            "time between polls, at least 1s (default: ${DEFAULT-VALUE})");
    private final OptionSpec maxEvents = CommandModel.number("--max-events", "N", 0,
            "stop after N events (default: run until Ctrl-C)");

    WatchCommand(DokployCli cli) {
        super(cli);
    }

    @Override
    public CommandSpec model() {
        return CommandModel.of(this,
                "Watches every application and compose deployment of the organisation and prints each phase "
                        + "change once (QUEUED, RUNNING, DONE, ERROR, CANCELLED, REMOVED), until Ctrl-C.",
                "Each poll costs two requests (queueList and allCentralized). With --json: one JSON object per line.")
                .add(interval, maxEvents)
                .withHelp();
    }

    @Override
    int run(Backend backend, Output output) {
        Duration pause = interval.getValue();
        int most = maxEvents.getValue();
        CountDownLatch enough = new CountDownLatch(1);
        AtomicInteger seen = new AtomicInteger();
        if (!output.json()) {
            output.note(output.palette().dim("Watching " + backend.address() + " every "
                    + TimeText.duration(pause) + " (Ctrl-C to stop)."));
        }
        try (DeploymentWatch watch = backend.client().deployments().watch(pause, event -> {
            print(event, backend, output);
            if (most > 0 && seen.incrementAndGet() >= most) {
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
