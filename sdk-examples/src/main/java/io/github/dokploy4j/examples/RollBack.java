package io.github.dokploy4j.examples;

import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.DeploymentStatus;
import java.io.PrintStream;
import java.util.Optional;

/**
 * Rolls an application back to its previous successful release. The application needs rollbacks enabled (in
 * Dokploy, with a registry): each successful deployment then carries a {@code rollbackId}.
 */
public final class RollBack {
    private RollBack() {
    }

    /**
     * Runs the example against {@code DOKPLOY_URL}, or the embedded fake when it is unset.
     *
     * @param args an application id
     */
    public static void main(String[] args) {
        try (ExampleServer server = ExampleServer.connect()) {
            run(server.client(), server.applicationId(args), System.out);
        }
    }

    /**
     * Rolls back to the second newest successful deployment that has a rollback.
     *
     * @param client the client
     * @param applicationId the application
     * @param out where to print
     * @return the deployment rolled back to, or empty when there is none
     */
    public static Optional<Deployment> run(DokployClient client, String applicationId, PrintStream out) {
        Optional<Deployment> previous = client.deployments().all(applicationId).stream()   // newest first
                .filter(d -> d.status() == DeploymentStatus.DONE && d.rollbackId().isPresent())
                .skip(1)                                                                  // the current release
                .findFirst();
        if (previous.isEmpty()) {
            out.println("No earlier release to roll back to (are rollbacks enabled on the application?)");
            return previous;
        }
        client.deployments().rollbackTo(previous.get());
        out.println("rolled back to " + previous.get().deploymentId() + " (" + previous.get().title() + ")");
        return previous;
    }
}
