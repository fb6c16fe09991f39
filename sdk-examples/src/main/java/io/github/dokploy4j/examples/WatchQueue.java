package io.github.dokploy4j.examples;

import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.deployment.DeploymentEventListener;
import io.github.dokploy4j.deployment.DeploymentWatch;
import java.io.PrintStream;
import java.time.Duration;

/**
 * Watches the build queue and every deployment of the organisation for a while, printing each phase change once
 * (QUEUED, RUNNING, DONE, ERROR, CANCELLED, REMOVED): the core of a notifier bot.
 */
public final class WatchQueue {
    private WatchQueue() {
    }

    /**
     * Runs the example against {@code DOKPLOY_URL}, or the embedded fake when it is unset (where it deploys the
     * sample's web-api, so that there is something to see).
     *
     * @param args ignored
     * @throws InterruptedException when interrupted while watching
     */
    public static void main(String[] args) throws InterruptedException {
        try (ExampleServer server = ExampleServer.connect()) {
            if (server.sample().isPresent()) {
                server.client().applications().deploy(server.applicationId(args)).close();
            }
            run(server.client(), Duration.ofSeconds(2), Duration.ofSeconds(12), System.out);
        }
    }

    /**
     * Watches for {@code howLong}.
     *
     * @param client the client
     * @param interval time between polls (each poll costs two requests), at least one second
     * @param howLong how long to watch
     * @param out where to print
     * @throws InterruptedException when interrupted while watching
     */
    public static void run(DokployClient client, Duration interval, Duration howLong, PrintStream out)
            throws InterruptedException {
        DeploymentEventListener print = event -> out.println(event.observedAt() + "  "
                + event.serviceType().wireValue() + " " + event.serviceId() + "  "
                + event.previousPhase().map(previous -> previous + " -> ").orElse("") + event.phase());
        try (DeploymentWatch watch = client.deployments().watch(interval, print)) {
            Thread.sleep(howLong.toMillis());
            watch.failure().ifPresent(failure -> out.println("the watch stopped: " + failure.getMessage()));
        }
    }
}
