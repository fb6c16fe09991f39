package io.github.dokploy4j.examples;

import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.QueueJob;
import java.util.List;

/**
 * The README's quick start: list an application's deployments and the build queue.
 *
 * <p>Run with {@code DOKPLOY_URL}, {@code DOKPLOY_API_KEY} set and the application id as the argument.
 */
public final class QuickStart {
    private QuickStart() {
    }

    /**
     * Lists the deployments of the application named on the command line, then the build queue.
     *
     * @param args the application id
     */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: QuickStart <applicationId>   (with DOKPLOY_URL and DOKPLOY_API_KEY set)");
            System.exit(2);
        }
        try (DokployClient client = DokployClient.fromEnv()) {
            System.out.println("Dokploy " + client.serverVersion());

            List<Deployment> deployments = client.deployments().all(args[0]);
            for (Deployment d : deployments) {
                System.out.printf("%s  %-9s  %s  %s%n", d.deploymentId(), d.status(), d.createdAt(), d.title());
            }

            for (QueueJob job : client.deployments().queueList()) {
                System.out.printf("%s  %-7s  %s%n", job.id(), job.state(), job.servicePath().label());
            }
        }
    }
}
