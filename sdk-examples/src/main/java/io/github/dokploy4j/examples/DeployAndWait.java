package io.github.dokploy4j.examples;

import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.deployment.DeployRequest;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.DeploymentHandle;
import io.github.dokploy4j.error.DeploymentFailedException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;

/** Deploys an application, prints each phase (QUEUED → RUNNING → DONE) and waits until it succeeds or fails. */
public final class DeployAndWait {
    private DeployAndWait() {
    }

    /**
     * Runs the example against {@code DOKPLOY_URL}, or the embedded fake when it is unset.
     *
     * @param args an application id
     */
    public static void main(String[] args) {
        try (ExampleServer server = ExampleServer.connect()) {
            run(server.client(), server.applicationId(args), Duration.ofMinutes(10), System.out);
        }
    }

    /**
     * Deploys and waits.
     *
     * @param client the client
     * @param applicationId the application
     * @param timeout how long to wait
     * @param out where to print
     * @return the finished deployment, or empty when it failed
     */
    public static Optional<Deployment> run(DokployClient client, String applicationId, Duration timeout,
            PrintStream out) {
        DeployRequest request = DeployRequest.of(applicationId).withTitle("Deployed by the DeployAndWait example");
        try (DeploymentHandle handle = client.applications().deploy(request)) {
            handle.onPhaseChange(event -> out.println("phase: " + event.phase()));
            Deployment done = handle.awaitSuccess(timeout);
            out.println("deployed: " + done.deploymentId() + " finished at " + done.finishedAt().orElseThrow());
            return Optional.of(done);
        } catch (DeploymentFailedException e) {
            out.println("failed: " + e.getMessage());
            out.println(e.lastLogLines());
            return Optional.empty();
        }
    }
}
