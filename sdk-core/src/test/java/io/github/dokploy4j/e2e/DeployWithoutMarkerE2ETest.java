package io.github.dokploy4j.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.TestClients;
import io.github.dokploy4j.deployment.DeployRequest;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.testkit.BuildScript;
import io.github.dokploy4j.testkit.FakeDokploy;
import io.github.dokploy4j.testkit.FakeDokployOptions;
import io.github.dokploy4j.testkit.RecordedRequest;
import io.github.dokploy4j.testkit.ScriptedBuild;
import io.github.dokploy4j.testkit.ServiceOptions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code DeployRequest.withoutMarker()}: the description is sent as given, and the handle still finds its row from
 * the queue and the text it sent, also behind another deploy of the same service, and without a queue to read.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS) // a safety net against hangs, not a timing
class DeployWithoutMarkerE2ETest {
    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private FakeDokploy fake;
    private DokployClient client;

    @AfterEach
    void stop() {
        client.close();
        fake.close();
    }

    private String start(String version) {
        fake = FakeDokploy.start(FakeDokployOptions.builder().manualClock().serverVersion(version).build());
        client = TestClients.inFakeTime(fake);
        return fake.createApplication("web-api", ServiceOptions.dockerImage("nginx:1.27"));
    }

    private List<String> sentDescriptions() {
        return fake.requests().stream().filter(r -> r.procedure().filter("application.deploy"::equals).isPresent())
                .map(RecordedRequest::body).map(body -> {
                    try {
                        return JSON.readTree(body).path("description").asText(null);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"v0.28.2", "v0.30.2"})
    void theDescriptionIsSentAsGivenAndTheHandleFindsItsRow(String version) {
        String app = start(version);
        ScriptedBuild build = fake.scriptNextBuild(app, BuildScript.succeedAfter(Duration.ofMinutes(1)));

        Deployment done = client.applications().deploy(DeployRequest.of(app).withTitle("Release 42")
                .withDescription("from CI").withoutMarker()).awaitSuccess(TEN_MINUTES);

        assertThat(done.deploymentId()).isEqualTo(build.deploymentId().orElseThrow());
        assertThat(done.description()).contains("from CI");
        assertThat(sentDescriptions()).containsExactly("from CI");
    }

    @ParameterizedTest
    @ValueSource(strings = {"v0.29.5", "v0.30.2"})
    void anotherDeployOfTheServiceQueuedAheadIsNotTakenForThisOne(String version) {
        String app = start(version);
        String blocker = fake.createApplication("billing", ServiceOptions.dockerImage("nginx:1.27"));
        fake.scriptNextBuild(blocker, BuildScript.succeedAfter(Duration.ofMinutes(1)));
        ScriptedBuild foreign = fake.scriptNextBuild(app, BuildScript.succeedAfter(Duration.ofSeconds(30)));
        ScriptedBuild ours = fake.scriptNextBuild(app, BuildScript.succeedAfter(Duration.ofSeconds(30)));
        client.procedure("application.deploy").mutation(Map.of("applicationId", blocker));
        client.procedure("application.deploy").mutation(Map.of("applicationId", app, "title", "from a webhook"));
        fake.clock().advance(Duration.ofMillis(500));

        Deployment done = client.applications().deploy(DeployRequest.of(app).withTitle("Release 43").withoutMarker())
                .awaitSuccess(TEN_MINUTES);

        assertThat(done.deploymentId()).isEqualTo(ours.deploymentId().orElseThrow())
                .isNotEqualTo(foreign.deploymentId().orElseThrow());
        assertThat(done.title()).isEqualTo("Release 43");
        assertThat(sentDescriptions()).containsExactly(null, null, null);
    }
}
