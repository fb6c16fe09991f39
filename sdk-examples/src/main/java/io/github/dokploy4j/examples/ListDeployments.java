package io.github.dokploy4j.examples;

import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.deployment.Deployment;
import java.io.PrintStream;

/** Lists an application's deployments, newest first. Run it with an application id (or none, on the fake). */
public final class ListDeployments {
    private ListDeployments() {
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
     * Prints one line per deployment.
     *
     * @param client the client
     * @param applicationId the application
     * @param out where to print
     */
    public static void run(DokployClient client, String applicationId, PrintStream out) {
        for (Deployment d : client.deployments().all(applicationId)) {
            out.printf("%s  %-9s  %s  %s%n", d.deploymentId(), d.status(), d.createdAt(), d.title());
        }
    }
}
