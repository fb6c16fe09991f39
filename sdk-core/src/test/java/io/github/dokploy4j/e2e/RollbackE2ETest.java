package io.github.dokploy4j.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.TestClients;
import io.github.dokploy4j.ViewMode;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.DeploymentStatus;
import io.github.dokploy4j.deployment.ServiceType;
import io.github.dokploy4j.testkit.BuildScript;
import io.github.dokploy4j.testkit.FakeDokploy;
import io.github.dokploy4j.testkit.RecordedRequest;
import io.github.dokploy4j.testkit.ServiceOptions;
import io.github.dokploy4j.testkit.WithFakeDokploy;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Rolling an application back to its last good deployment, and the rows that cannot be rolled back to. */
@WithFakeDokploy(manualClock = true)
@Timeout(value = 60, unit = TimeUnit.SECONDS) // a safety net against hangs, not a timing
class RollbackE2ETest {
    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

    private FakeDokploy fake;
    private DokployClient client;

    @BeforeEach
    void connect(FakeDokploy fake) {
        this.fake = fake;
        this.client = TestClients.inFakeTime(fake);
    }

    @AfterEach
    void disconnect() {
        client.close();
    }

    private static Optional<Deployment> lastSuccessful(ViewMode mode, DokployClient client, ServiceType type,
            String id) {
        return mode.call(client, d -> d.lastSuccessful(type, id), d -> d.lastSuccessful(type, id));
    }

    private static void rollbackTo(ViewMode mode, DokployClient client, Deployment row) {
        mode.call(client, d -> {
            d.rollbackTo(row);
            return null;
        }, d -> d.rollbackTo(row));
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void rollbackToTheLastSuccessfulDeploymentSendsItsRollbackId(ViewMode mode) throws Exception {
        String app = fake.createApplication("web-api", ServiceOptions.dockerImage("nginx:1.27").withRollbacks());
        fake.scriptNextBuild(app, BuildScript.succeedAfter(Duration.ofSeconds(30)));
        Deployment good = client.applications().deploy(app).awaitSuccess(TEN_MINUTES);
        fake.scriptNextBuild(app, BuildScript.failAfter(Duration.ofSeconds(30)));
        client.applications().deploy(app).awaitCompletion(TEN_MINUTES);

        Deployment target = lastSuccessful(mode, client, ServiceType.APPLICATION, app).orElseThrow();
        rollbackTo(mode, client, target);

        assertThat(target.deploymentId()).isEqualTo(good.deploymentId());
        assertThat(target.status()).isEqualTo(DeploymentStatus.DONE);
        RecordedRequest sent = fake.requests().stream()
                .filter(r -> r.procedure().filter("rollback.rollback"::equals).isPresent())
                .reduce((first, second) -> second).orElseThrow();
        assertThat(sent.method()).isEqualTo("POST");
        JsonNode body = new ObjectMapper().readTree(sent.body());
        assertThat(body.path("rollbackId").asText()).isEqualTo(target.rollbackId().orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void rollbackToAComposeDeploymentIsRefusedBeforeAnythingIsSent(ViewMode mode) {
        String compose = fake.createCompose("shop-stack", ServiceOptions.dockerImage("nginx:1.27"));
        client.compose().deploy(compose).awaitSuccess(TEN_MINUTES);
        Deployment row = lastSuccessful(mode, client, ServiceType.COMPOSE, compose).orElseThrow();

        assertThatThrownBy(() -> rollbackTo(mode, client, row))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("compose service " + compose);
        assertThat(fake.requestCount("rollback.rollback")).isZero();
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void rollbackToADeploymentWithoutRollbackIsRefusedBeforeAnythingIsSent(ViewMode mode) {
        String app = fake.createApplication("web-api", ServiceOptions.dockerImage("nginx:1.27"));
        client.applications().deploy(app).awaitSuccess(TEN_MINUTES);
        Deployment row = lastSuccessful(mode, client, ServiceType.APPLICATION, app).orElseThrow();

        assertThatThrownBy(() -> rollbackTo(mode, client, row))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no rollback");
        assertThat(row.rollbackId()).isEmpty();
        assertThat(fake.requestCount("rollback.rollback")).isZero();
    }
}
