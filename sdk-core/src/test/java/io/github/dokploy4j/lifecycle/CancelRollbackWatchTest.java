package io.github.dokploy4j.lifecycle;

import static org.awaitility.Awaitility.await;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.findAll;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static io.github.dokploy4j.WireRows.job;
import static io.github.dokploy4j.WireRows.list;
import static io.github.dokploy4j.WireRows.row;
import static io.github.dokploy4j.lifecycle.DeployScenarios.deployQueues;
import static io.github.dokploy4j.lifecycle.DeployScenarios.sentDescription;
import static io.github.dokploy4j.lifecycle.DeployScenarios.sequence;
import static io.github.dokploy4j.lifecycle.DeployScenarios.stubGet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.FakeTime;
import io.github.dokploy4j.TestClients;
import io.github.dokploy4j.deployment.CancelOption;
import io.github.dokploy4j.deployment.CancelOutcome;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.DeploymentEvent;
import io.github.dokploy4j.deployment.DeploymentHandle;
import io.github.dokploy4j.deployment.DeploymentPhase;
import io.github.dokploy4j.deployment.DeploymentWatch;
import io.github.dokploy4j.deployment.ServiceType;
import io.github.dokploy4j.error.DeploymentFailedException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Cancel, roll back and watch, against WireMock scenarios in fake time. */
@WireMockTest
class CancelRollbackWatchTest {
    private static final String APP = "qH3vT9xK2mLp7RwZ4sNbY";
    private static final Instant T0 = Instant.parse("2026-08-21T15:20:00Z");
    private static final String CLOUD_ONLY = "{\"message\":\"Deployment cancellation only available in cloud version\","
            + "\"code\":\"BAD_REQUEST\",\"data\":{\"code\":\"BAD_REQUEST\",\"httpStatus\":400,\"path\":"
            + "\"application.cancelDeployment\",\"zodError\":null}}";

    private FakeTime time;
    private DokployClient client;

    @BeforeEach
    void start(WireMockRuntimeInfo wm) {
        time = new FakeTime(T0);
        client = TestClients.inFakeTime(wm.getHttpBaseUrl(), time).build();
        deployQueues();
        stubGet("deployment.all", "[]");
        stubGet("deployment.queueList", "[]");
        stubFor(post(urlEqualTo("/api/application.cleanQueues")).willReturn(aResponse().withStatus(200)));
        stubFor(post(urlEqualTo("/api/application.killBuild")).willReturn(aResponse().withStatus(200)));
        stubFor(post(urlEqualTo("/api/application.cancelDeployment")).willReturn(aResponse().withStatus(400)
                .withBody(CLOUD_ONLY)));
    }

    @AfterEach
    void stop() {
        client.close();
        time.close();
    }

    @Test
    void cancellingAQueuedDeployNeedsConsentToDropTheServicesWaitingJobs() {
        DeploymentHandle handle = client.applications().deploy(APP);
        stubGet("deployment.queueList", list(job("job-15", APP, sentDescription(), T0, null)));

        assertThatIllegalStateException().isThrownBy(handle::cancel)
                .withMessageContaining("DROP_ALL_WAITING_JOBS_OF_SERVICE");
        verify(0, postRequestedFor(urlEqualTo("/api/application.cleanQueues")));
    }

    @Test
    void aQueuedDeployIsDroppedWithCleanQueuesAndEndsCancelled() {
        DeploymentHandle handle = client.applications().deploy(APP);
        sequence("deployment.queueList", list(job("job-15", APP, sentDescription(), T0, null)), list());

        CancelOutcome outcome = handle.cancel(CancelOption.DROP_ALL_WAITING_JOBS_OF_SERVICE);

        assertThat(outcome).isEqualTo(CancelOutcome.DROPPED_FROM_QUEUE);
        verify(postRequestedFor(urlEqualTo("/api/application.cleanQueues"))
                .withRequestBody(equalToJson("{\"applicationId\":\"" + APP + "\"}")));
        assertThat(handle.phase()).isEqualTo(DeploymentPhase.CANCELLED);
        assertThatThrownBy(() -> handle.awaitCompletion(Duration.ofMinutes(1)))
                .isInstanceOf(DeploymentFailedException.class).hasMessageContaining("dropped from the queue");
    }

    @Test
    void aRunningBuildOnASelfHostedServerNeedsConsentToKillTheHostsBuilds() {
        DeploymentHandle handle = client.applications().deploy(APP);
        stubGet("deployment.queueList", "[]");
        stubGet("deployment.all", list(row("Zt8wQk1vR4yN6mB2pXc0L", APP, "running", "Manual deployment",
                sentDescription(), T0)));

        assertThatIllegalStateException().isThrownBy(handle::cancel).withMessageContaining("KILL_ALL_BUILDS_ON_HOST");
        verify(0, postRequestedFor(urlEqualTo("/api/application.killBuild")));

        assertThat(handle.cancel(CancelOption.KILL_ALL_BUILDS_ON_HOST)).isEqualTo(CancelOutcome.BUILD_KILLED);
        verify(1, postRequestedFor(urlEqualTo("/api/application.killBuild")));
    }

    @Test
    void onDokployCloudARunningBuildIsCancelledWithCancelDeployment() {
        // Dokploy Cloud answers a deploy with true (self-hosted with an empty body): the client learns the kind
        stubFor(post(urlEqualTo("/api/application.deploy")).willReturn(okJson("true")));
        stubFor(post(urlEqualTo("/api/application.cancelDeployment")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"success\":true,\"message\":\"Deployment cancellation requested\"}")));
        DeploymentHandle handle = client.applications().deploy(APP);
        stubGet("deployment.queueList", "[]");
        stubGet("deployment.all", list(row("Zt8wQk1vR4yN6mB2pXc0L", APP, "running", "Manual deployment",
                sentDescription(), T0)));

        assertThat(handle.cancel()).isEqualTo(CancelOutcome.CANCELLATION_REQUESTED);
        verify(0, postRequestedFor(urlEqualTo("/api/application.killBuild")));
    }

    @Test
    void cancellingAFinishedDeploySendsNothing() {
        DeploymentHandle handle = client.applications().deploy(APP);
        stubGet("deployment.queueList", "[]");
        stubGet("deployment.all", list(row("Zt8wQk1vR4yN6mB2pXc0L", APP, "done", "Manual deployment",
                sentDescription(), T0)));

        assertThat(handle.cancel(CancelOption.values())).isEqualTo(CancelOutcome.ALREADY_FINISHED);
        verify(0, postRequestedFor(urlEqualTo("/api/application.killBuild")));
        verify(0, postRequestedFor(urlEqualTo("/api/application.cleanQueues")));
    }

    @Test
    void lastSuccessfulIsTheNewestDoneRow() {
        stubGet("deployment.all", list(row("R3XXXXXXXXXXXXXXXXXXX", APP, "error", "t", "", T0),
                row("R2XXXXXXXXXXXXXXXXXXX", APP, "done", "t", "", T0.minusSeconds(60)),
                row("R1XXXXXXXXXXXXXXXXXXX", APP, "done", "t", "", T0.minusSeconds(120))));

        Optional<Deployment> last = client.deployments().lastSuccessful(ServiceType.APPLICATION, APP);

        assertThat(last).hasValueSatisfying(d -> assertThat(d.deploymentId()).isEqualTo("R2XXXXXXXXXXXXXXXXXXX"));
    }

    @Test
    void rollbackToSendsTheRowsRollbackId() {
        stubFor(post(urlEqualTo("/api/rollback.rollback")).willReturn(aResponse().withStatus(200)));
        Deployment row = Deployment.builder().deploymentId("R2XXXXXXXXXXXXXXXXXXX").title("t").logPath("")
                .createdAt(T0).applicationId(APP).rollbackId("R0bK3vL9mQ2xT7wZ5nPcA").build();

        client.deployments().rollbackTo(row);

        verify(postRequestedFor(urlEqualTo("/api/rollback.rollback"))
                .withRequestBody(equalToJson("{\"rollbackId\":\"R0bK3vL9mQ2xT7wZ5nPcA\"}")));
    }

    @Test
    void aRowWithoutARollbackIsRefusedWithTheAlternative() {
        Deployment row = Deployment.builder().deploymentId("R2XXXXXXXXXXXXXXXXXXX").title("t").logPath("")
                .createdAt(T0).applicationId(APP).build();

        assertThatIllegalArgumentException().isThrownBy(() -> client.deployments().rollbackTo(row))
                .withMessageContaining("enable rollbacks").withMessageContaining("redeploy");
        assertThat(findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void aComposeRowIsRefusedBecauseOnlyApplicationsHaveRollbacks() {
        Deployment row = Deployment.builder().deploymentId("C1XXXXXXXXXXXXXXXXXXX").title("t").logPath("")
                .createdAt(T0).composeId("Kl0Mn2Op4Qr6St8Uv0Wx2").rollbackId("R0bK3vL9mQ2xT7wZ5nPcA").build();

        assertThatIllegalArgumentException().isThrownBy(() -> client.async().deployments().rollbackTo(row))
                .withMessageContaining("only for application deployments");
    }

    @Test
    void aWatchReportsEachTransitionOnceAfterItsBaseline() {
        String old = row("OLDXXXXXXXXXXXXXXXXXX", APP, "done", "t", "", T0.minusSeconds(600));
        String running = row("NEWXXXXXXXXXXXXXXXXXX", APP, "running", "t", "", T0.plusSeconds(11));
        String done = row("NEWXXXXXXXXXXXXXXXXXX", APP, "done", "t", "", T0.plusSeconds(11));
        String waiting = job("job-1", APP, "", T0.plusSeconds(5), null);
        sequence("deployment.queueList", list(), list(waiting), list(), list(), list(), list());
        sequence("deployment.allCentralized", list(old), list(old), list(running, old), list(running, old),
                list(done, old), list(done));
        List<DeploymentEvent> events = new CopyOnWriteArrayList<>();

        try (DeploymentWatch watch = client.deployments().watch(Duration.ofSeconds(10), events::add)) {
            await("four events").until(() -> events.size() >= 4);
            assertThat(watch.isRunning()).isTrue();
        }

        assertThat(events).extracting(DeploymentEvent::phase).containsExactly(DeploymentPhase.QUEUED,
                DeploymentPhase.RUNNING, DeploymentPhase.DONE, DeploymentPhase.REMOVED);
        assertThat(events.get(1).previousPhase()).contains(DeploymentPhase.QUEUED);
        assertThat(events.get(1).job()).hasValueSatisfying(j -> assertThat(j.id()).isEqualTo("job-1"));
        assertThat(events).allSatisfy(e -> assertThat(e.serviceId()).isEqualTo(APP));
    }

    @Test
    void aWatchStopsOnAPlainUnauthorized() {
        sequence("deployment.queueList", aResponse().withStatus(401).withBody("{\"message\":\"Unauthorized\"}"));
        DeploymentWatch watch = client.deployments().watch(Duration.ofSeconds(10), event -> { });
        await("the watch to stop").until(() -> !watch.isRunning());

        assertThat(watch.failure()).hasValueSatisfying(e -> assertThat(e.getMessage()).contains("HTTP 401"));
        assertThat(findAll(anyRequestedFor(anyUrl()))).hasSize(1);
    }
}
