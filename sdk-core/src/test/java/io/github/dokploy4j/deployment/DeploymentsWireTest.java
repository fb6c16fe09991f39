package io.github.dokploy4j.deployment;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.dokploy4j.AuthScheme;
import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.Fixtures;
import io.github.dokploy4j.TestClients;
import io.github.dokploy4j.ViewMode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each {@code deployment.*} procedure, through both views: the exact request the server sees and the decoding of
 * bodies shaped like the server's.
 */
@WireMockTest
class DeploymentsWireTest {
    private static final String APP = "qH3vT9xK2mLp7RwZ4sNbY";
    private static final String COMPOSE = "Kl0Mn2Op4Qr6St8Uv0Wx2";
    private static final String DEPLOYMENT = "Zt8wQk1vR4yN6mB2pXc0L";

    private DokployClient client;

    @BeforeEach
    void startClient(WireMockRuntimeInfo wm) {
        client = TestClients.builder(wm.getHttpBaseUrl()).build();
    }

    @AfterEach
    void closeClient() {
        client.close();
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void allSendsTheApplicationIdAsAQueryParameterAndDecodesEveryRow(ViewMode mode) {
        stubFor(get(urlPathEqualTo("/api/deployment.all")).willReturn(okJson(Fixtures.read("deployment-all.json"))));

        List<Deployment> rows = mode.call(client, d -> d.all(APP), d -> d.all(APP));

        verify(getRequestedFor(urlEqualTo("/api/deployment.all?applicationId=" + APP))
                .withHeader("x-api-key", equalTo(TestClients.API_KEY))
                .withHeader("Accept", equalTo("application/json"))
                .withHeader("User-Agent", matching("dokploy4j/\\S+ java/\\S+"))
                .withHeader("Authorization", absent())
                .withHeader("Content-Type", absent()));
        assertThat(rows).extracting(Deployment::status)
                .containsExactly(DeploymentStatus.RUNNING, DeploymentStatus.DONE, DeploymentStatus.ERROR);
        Deployment running = rows.get(0);
        assertThat(running.deploymentId()).isEqualTo(DEPLOYMENT);
        assertThat(running.applicationId()).contains(APP);
        assertThat(running.finishedAt()).isEmpty();
        assertThat(running.createdAt()).isEqualTo(Instant.parse("2026-08-21T15:20:04.131Z"));
        assertThat(rows.get(1).rollbackId()).contains("R0bK3vL9mQ2xT7wZ5nPcA");
        assertThat(rows.get(2).logPath()).isEmpty();
        assertThat(rows.get(2).errorMessage()).hasValueSatisfying(m -> assertThat(m).contains("ENOSPC"));
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void allByComposeSendsTheComposeId(ViewMode mode) {
        stubFor(get(urlPathEqualTo("/api/deployment.allByCompose")).willReturn(okJson("[]")));

        List<Deployment> rows = mode.call(client, d -> d.allByCompose(COMPOSE), d -> d.allByCompose(COMPOSE));

        verify(getRequestedFor(urlEqualTo("/api/deployment.allByCompose?composeId=" + COMPOSE)));
        assertThat(rows).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void allByServerSendsTheServerId(ViewMode mode) {
        stubFor(get(urlPathEqualTo("/api/deployment.allByServer")).willReturn(okJson("[]")));

        mode.call(client, d -> d.allByServer("Sv1Rr3Ee5Rr7Ii9Dd1Xx3"), d -> d.allByServer("Sv1Rr3Ee5Rr7Ii9Dd1Xx3"));

        verify(getRequestedFor(urlEqualTo("/api/deployment.allByServer?serverId=Sv1Rr3Ee5Rr7Ii9Dd1Xx3")));
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void allCentralizedSendsNoParametersAndDecodesTheNestedService(ViewMode mode) {
        stubFor(get(urlPathEqualTo("/api/deployment.allCentralized"))
                .willReturn(okJson(Fixtures.read("deployment-allCentralized.json"))));

        List<Deployment> rows = mode.call(client, Deployments::allCentralized, AsyncDeployments::allCentralized);

        verify(getRequestedFor(urlEqualTo("/api/deployment.allCentralized")));
        Deployment compose = rows.stream().filter(r -> r.composeId().isPresent()).findFirst().orElseThrow();
        assertThat(compose.status()).isEqualTo(DeploymentStatus.CANCELLED);
        assertThat(compose.application()).isEmpty();
        assertThat(compose.compose()).hasValueSatisfying(c -> {
            assertThat(c.name()).isEqualTo("shop-stack");
            assertThat(c.environment().project().name()).isEqualTo("Shop");
            assertThat(c.server()).hasValueSatisfying(s -> assertThat(s.serverType()).isEqualTo(ServerType.DEPLOY));
        });
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void queueListDecodesEpochMillisecondTimesAndStates(ViewMode mode) {
        stubFor(get(urlPathEqualTo("/api/deployment.queueList"))
                .willReturn(okJson(Fixtures.read("deployment-queueList.json"))));

        List<QueueJob> jobs = mode.call(client, Deployments::queueList, AsyncDeployments::queueList);

        verify(getRequestedFor(urlEqualTo("/api/deployment.queueList")));
        assertThat(jobs).extracting(QueueJob::state).containsExactly(QueueJobState.WAITING, QueueJobState.ACTIVE);
        assertThat(jobs.get(0).queuedAt()).contains(Instant.ofEpochMilli(1787325700907L));
        assertThat(jobs.get(0).startedAt()).isEmpty();
        assertThat(jobs.get(1).startedAt()).contains(Instant.ofEpochMilli(1787325604112L));
        assertThat(jobs.get(1).data().applicationId()).contains(APP);
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void allByTypeSendsTheWireValueOfTheType(ViewMode mode) {
        stubFor(get(urlPathEqualTo("/api/deployment.allByType"))
                .willReturn(okJson(Fixtures.read("deployment-allByType.json"))));

        List<Deployment> rows = mode.call(client, d -> d.allByType(ServiceType.PREVIEW_DEPLOYMENT, "pr-7"),
                d -> d.allByType(ServiceType.PREVIEW_DEPLOYMENT, "pr-7"));

        verify(getRequestedFor(urlEqualTo("/api/deployment.allByType?id=pr-7&type=previewDeployment")));
        assertThat(rows).anySatisfy(r -> assertThat(r.rollback()).isPresent());
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void allByTypeSendsDatabaseTypesTooAndLetsTheServerDecide(ViewMode mode) {
        stubFor(get(urlPathEqualTo("/api/deployment.allByType")).willReturn(okJson("[]")));

        mode.call(client, d -> d.allByType(ServiceType.POSTGRES, "pg1"), d -> d.allByType(ServiceType.POSTGRES, "pg1"));

        verify(getRequestedFor(urlEqualTo("/api/deployment.allByType?id=pg1&type=postgres")));
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void killProcessPostsTheIdAsJsonAndAcceptsTheEmptyAnswer(ViewMode mode) {
        stubFor(post(urlEqualTo("/api/deployment.killProcess"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")));

        mode.call(client, d -> {
            d.killProcess(DEPLOYMENT);
            return null;
        }, d -> d.killProcess(DEPLOYMENT));

        verify(postRequestedFor(urlEqualTo("/api/deployment.killProcess"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withHeader("x-api-key", equalTo(TestClients.API_KEY))
                .withRequestBody(equalToJson("{\"deploymentId\":\"" + DEPLOYMENT + "\"}")));
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void removeDeploymentReturnsTheDeletedRow(ViewMode mode) {
        stubFor(post(urlEqualTo("/api/deployment.removeDeployment"))
                .willReturn(okJson(Fixtures.read("deployment-removeDeployment.json"))));

        Optional<Deployment> removed = mode.call(client, d -> d.removeDeployment(DEPLOYMENT),
                d -> d.removeDeployment(DEPLOYMENT));

        verify(postRequestedFor(urlEqualTo("/api/deployment.removeDeployment"))
                .withRequestBody(equalToJson("{\"deploymentId\":\"" + DEPLOYMENT + "\"}")));
        assertThat(removed).isPresent();
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void removeDeploymentOfNothingIsEmpty(ViewMode mode) {
        stubFor(post(urlEqualTo("/api/deployment.removeDeployment")).willReturn(okJson("null")));

        Optional<Deployment> removed = mode.call(client, d -> d.removeDeployment("gone"),
                d -> d.removeDeployment("gone"));

        assertThat(removed).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void readLogsSendsTheTailAndReturnsTheStringContent(ViewMode mode) {
        stubFor(get(urlPathEqualTo("/api/deployment.readLogs"))
                .willReturn(okJson("\"Cloning repository…\\nBuilding image\\n\"")));

        String log = mode.call(client, d -> d.readLogs(DEPLOYMENT, 250), d -> d.readLogs(DEPLOYMENT, 250));

        verify(getRequestedFor(urlEqualTo("/api/deployment.readLogs?deploymentId=" + DEPLOYMENT + "&tail=250")));
        assertThat(log).isEqualTo("Cloning repository…\nBuilding image\n");
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void readLogsWithoutTailLeavesTheServerDefault(ViewMode mode) {
        stubFor(get(urlPathEqualTo("/api/deployment.readLogs")).willReturn(okJson("\"\"")));

        String log = mode.call(client, d -> d.readLogs(DEPLOYMENT), d -> d.readLogs(DEPLOYMENT));

        verify(getRequestedFor(urlEqualTo("/api/deployment.readLogs?deploymentId=" + DEPLOYMENT)));
        assertThat(log).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void idsAreEncodedSoTheyCannotAddParametersOrChangeThePath(ViewMode mode) {
        stubFor(get(urlPathEqualTo("/api/deployment.all")).willReturn(okJson("[]")));
        String hostile = "a&b=c#d/e%f g\"h\ni?é";

        mode.call(client, d -> d.all(hostile), d -> d.all(hostile));

        verify(getRequestedFor(urlEqualTo(
                "/api/deployment.all?applicationId=a%26b%3Dc%23d%2Fe%25f%20g%22h%0Ai%3F%C3%A9")));
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void bearerSchemeSendsAuthorizationInsteadOfTheApiKeyHeader(ViewMode mode, WireMockRuntimeInfo wm) {
        stubFor(get(urlPathEqualTo("/api/deployment.all")).willReturn(okJson("[]")));
        try (DokployClient bearer = TestClients.builder(wm.getHttpBaseUrl()).authScheme(AuthScheme.BEARER).build()) {
            mode.call(bearer, d -> d.all(APP), d -> d.all(APP));
        }

        verify(getRequestedFor(urlPathEqualTo("/api/deployment.all"))
                .withHeader("Authorization", equalTo("Bearer " + TestClients.API_KEY))
                .withHeader("x-api-key", absent()));
    }
}
