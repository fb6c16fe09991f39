package io.github.dokploy4j.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.DeploymentStatus;
import io.github.dokploy4j.testkit.BuildScript;
import io.github.dokploy4j.testkit.FakeDokploy;
import io.github.dokploy4j.testkit.FakeDokployExtension;
import io.github.dokploy4j.testkit.FakeDokployOptions;
import io.github.dokploy4j.testkit.WithFakeDokploy;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JUnit extension, both ways of declaring it, from the shaded jar while the user's Jetty 9.4 serves. */
class FakeDokployExtensionIT {

    private static NeighbourJetty neighbour;

    @BeforeAll
    static void startTheNeighbour() throws Exception {
        neighbour = NeighbourJetty.start();
    }

    @AfterAll
    static void stopTheNeighbour() throws Exception {
        neighbour.close();
    }

    @Nested
    @WithFakeDokploy
    class Annotated {

        @Test
        void injectsAFakeTheSdkDeploysTo(FakeDokploy fake) throws Exception {
            String appId = fake.createApplication("web-api");
            fake.scriptNextBuild(appId, BuildScript.steps().log("Step 1/1 : FROM eclipse-temurin:17").succeed());
            try (DokployClient client = clientOf(fake)) {
                Deployment done = client.applications().deploy(appId).awaitSuccess(Duration.ofSeconds(30));

                assertThat(done.status()).isEqualTo(DeploymentStatus.DONE);
            }
            assertThat(neighbour.get()).startsWith("neighbour on Jetty 9.4.");
        }
    }

    @Nested
    class Registered {

        @RegisterExtension
        final FakeDokployExtension dokploy = FakeDokployExtension.create(WithFakeDokploy.Scope.PER_METHOD,
                FakeDokployOptions.builder().manualClock().apiKey("compat-key").build());

        @Test
        void injectsAFakeWithTheGivenOptions(FakeDokploy fake) throws Exception {
            String appId = fake.createApplication("worker");
            fake.scriptNextBuild(appId, BuildScript.steps().pause(Duration.ofMinutes(3)).fail());
            try (DokployClient client = clientOf(fake)) {
                client.procedure("application.deploy").mutation(Map.of("applicationId", appId));
                fake.clock().advance(Duration.ofMinutes(3));

                assertThat(fake.apiKey()).isEqualTo("compat-key");
                assertThat(client.deployments().all(appId)).extracting(Deployment::status)
                        .containsExactly(DeploymentStatus.ERROR);
            }
            assertThat(neighbour.get()).startsWith("neighbour on Jetty 9.4.");
        }
    }

    private static DokployClient clientOf(FakeDokploy fake) {
        return DokployClient.builder().baseUrl(fake.baseUrl()).apiKey(fake.apiKey()).build();
    }
}
