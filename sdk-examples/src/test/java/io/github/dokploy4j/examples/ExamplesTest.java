package io.github.dokploy4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.DeploymentHandle;
import io.github.dokploy4j.deployment.DeploymentStatus;
import io.github.dokploy4j.sample.SampleProject;
import io.github.dokploy4j.testkit.FakeDokploy;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every example runs against the embedded sample, as it does on a machine without DOKPLOY_URL. */
class ExamplesTest {
    private static ExampleServer server;
    private static DokployClient client;
    private static String webApi;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @BeforeAll
    static void startTheSample() {
        server = ExampleServer.connect(name -> null, Duration.ofMillis(300));
        client = server.client();
        webApi = server.applicationId(new String[0]);
    }

    @AfterAll
    static void stopTheSample() {
        server.close();
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void withoutDokployUrlTheServerIsTheEmbeddedSample() {
        assertThat(server.sample()).isPresent();
        assertThat(webApi).isEqualTo(server.sample().orElseThrow().applicationId(SampleProject.WEB_API));
        assertThat(server.applicationId(new String[] {"given"})).isEqualTo("given");
    }

    @Test
    void listDeploymentsPrintsEachDeployment() {
        ListDeployments.run(client, webApi, out);

        assertThat(printed()).contains("Release 1.4.0", "Release 1.4.2", "ERROR");
    }

    @Test
    void deployAndWaitPrintsThePhasesAndReturnsTheDoneRow() {
        Optional<Deployment> done = DeployAndWait.run(client, webApi, Duration.ofSeconds(30), out);

        assertThat(done).map(Deployment::status).contains(DeploymentStatus.DONE);
        assertThat(printed()).containsSubsequence("phase: QUEUED", "phase: RUNNING", "phase: DONE", "deployed: ");
    }

    @Test
    void followLogsPrintsTheLogUntilTheDeploymentEnds() {
        String deploymentId;
        try (DeploymentHandle deploy = client.applications().deploy(webApi)) {
            deploymentId = deploy.awaitDeployment(Duration.ofSeconds(30)).deploymentId();
        }

        Deployment end = FollowLogs.run(client, deploymentId, Duration.ofSeconds(30), out);

        assertThat(end.status()).isEqualTo(DeploymentStatus.DONE);
        assertThat(printed()).containsSubsequence("Step 1/6", "Docker Deployed");
    }

    @Test
    void rollBackRollsBackToThePreviousRelease() {
        Optional<Deployment> target = RollBack.run(client, webApi, out);

        assertThat(target).isPresent();
        assertThat(printed()).contains("rolled back to " + target.get().deploymentId());
    }

    @Test
    void provisionAndDeployBuildsEverythingDeploysAndRemovesItAgain() {
        FakeDokploy fake = server.sample().orElseThrow().fake();

        Deployment done = ProvisionAndDeploy.run(client, "shop.example.com", Duration.ofSeconds(30), out);

        assertThat(done.status()).isEqualTo(DeploymentStatus.DONE);
        assertThat(printed()).containsSubsequence("project:", "environment production", "application:",
                "image:       nginx:1.27-alpine, 2 variables", "domain:      http://shop.example.com -> port 80",
                "phase: ", "DONE", "deployed:", "removed:");
        assertThat(client.projects().all()).noneMatch(project -> project.name().equals("dokploy4j-example"));
        for (String procedure : List.of("project.create", "application.create", "application.saveEnvironment",
                "application.saveDockerProvider", "domain.create", "application.deploy", "domain.delete",
                "application.delete", "project.remove")) {
            assertThat(fake.requestCount(procedure)).as(procedure).isPositive();
        }
    }

    @Test
    void callAnyProcedureReadsTheApplication() {
        JsonNode app = CallAnyProcedure.run(client, webApi, out);

        assertThat(app.path("name").asText()).isEqualTo("web-api");
        assertThat(printed()).contains("name:        web-api");
    }

    @Test
    void watchQueuePrintsTheChangesItSees() throws Exception {
        try (SampleProject sample = SampleProject.start(Duration.ofMillis(300))) {
            Thread deployer = new Thread(() -> {
                sample.fake().awaitRequests("deployment.allCentralized", 1, Duration.ofSeconds(10));
                sample.client().applications().deploy(sample.applicationId(SampleProject.WORKER)).close();
            });
            deployer.start();

            WatchQueue.run(sample.client(), Duration.ofSeconds(1), Duration.ofMillis(2500), out);
            deployer.join();
        }

        assertThat(printed()).contains("application").containsPattern("QUEUED|RUNNING|DONE");
    }
}
