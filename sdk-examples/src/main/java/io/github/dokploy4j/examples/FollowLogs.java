package io.github.dokploy4j.examples;

import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.DeploymentHandle;
import io.github.dokploy4j.deployment.LogFollow;
import io.github.dokploy4j.sample.SampleProject;
import java.io.PrintStream;
import java.time.Duration;

/**
 * Follows a deployment's build log live, line by line, until the deployment ends. Run it with a deployment id; on the
 * embedded fake it deploys the sample's web-api and follows that.
 */
public final class FollowLogs {
    private FollowLogs() {
    }

    /**
     * Runs the example against {@code DOKPLOY_URL}, or the embedded fake when it is unset.
     *
     * @param args a deployment id
     */
    public static void main(String[] args) {
        try (ExampleServer server = ExampleServer.connect()) {
            String deploymentId;
            if (args.length > 0) {
                deploymentId = args[0];
            } else {
                SampleProject sample = server.sample()
                        .orElseThrow(() -> new IllegalArgumentException("pass a deployment id"));
                try (DeploymentHandle deploy = sample.client().applications()
                        .deploy(sample.applicationId(SampleProject.WEB_API))) {
                    deploymentId = deploy.awaitDeployment(Duration.ofMinutes(1)).deploymentId();
                }
            }
            Deployment end = run(server.client(), deploymentId, Duration.ofMinutes(30), System.out);
            System.out.println("ended " + end.status());
        }
    }

    /**
     * Prints each line of the log as it is written and returns the deployment's final row.
     *
     * @param client the client
     * @param deploymentId the deployment
     * @param timeout how long to follow
     * @param out where to print
     * @return the final row: done, error or cancelled
     */
    public static Deployment run(DokployClient client, String deploymentId, Duration timeout, PrintStream out) {
        try (LogFollow follow = client.deployments().follow(deploymentId, out::println)) {
            return follow.awaitCompletion(timeout);
        }
    }
}
