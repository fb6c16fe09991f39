package io.github.dokploy4j.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.deployment.ServiceType;
import io.github.dokploy4j.error.UnauthorizedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code --app} / {@code --compose} on a real server: an id costs one call and gives the name; a name is looked up. */
class ServiceDirectoryTest {
    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
            .build();

    private DokployClient client;
    private ServiceDirectory directory;

    @BeforeEach
    void aClientOfTheServer() {
        client = DokployClient.builder().baseUrl(SERVER.baseUrl()).apiKey("dk_test_key").maxRetries(0).build();
        directory = ServiceDirectory.of(client);
        SERVER.stubFor(get(urlPathEqualTo("/api/application.one")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody(ServerFixtures.notFound("application.one", "Application not found"))));
        SERVER.stubFor(get(urlPathEqualTo("/api/compose.one")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody(ServerFixtures.notFound("compose.one", "Compose not found"))));
        SERVER.stubFor(get(urlPathEqualTo("/api/project.all")).willReturn(okJson(ServerFixtures.body("project.all"))));
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void anApplicationIdCostsOneCallWhichAlsoGivesItsName() {
        SERVER.stubFor(get("/api/application.one?applicationId=" + ServerFixtures.CAP_WEB_ID)
                .willReturn(okJson(ServerFixtures.body("application.one"))));

        NamedService found = directory.find(ServiceType.APPLICATION, ServerFixtures.CAP_WEB_ID);

        assertThat(found).isEqualTo(new NamedService(ServiceType.APPLICATION, ServerFixtures.CAP_WEB_ID, "cap-web"));
        assertThat(directory.knownName(ServerFixtures.CAP_WEB_ID)).isEqualTo("cap-web");
        assertThat(SERVER.getAllServeEvents()).hasSize(1);
        SERVER.verify(0, getRequestedFor(urlPathEqualTo("/api/project.all")));
    }

    @Test
    void aComposeIdToo() {
        SERVER.stubFor(get("/api/compose.one?composeId=" + ServerFixtures.CAP_STACK_ID)
                .willReturn(okJson(ServerFixtures.body("compose.one"))));

        NamedService found = directory.find(ServiceType.COMPOSE, ServerFixtures.CAP_STACK_ID);

        assertThat(found).isEqualTo(new NamedService(ServiceType.COMPOSE, ServerFixtures.CAP_STACK_ID, "cap-stack"));
    }

    @Test
    void aNameIsLookedUpAmongTheOrganisationsApplications() {
        NamedService found = directory.find(ServiceType.APPLICATION, "sdk-app");

        assertThat(found).isEqualTo(new NamedService(ServiceType.APPLICATION, ServerFixtures.SDK_APP_ID, "sdk-app"));
        assertThat(directory.knownName(ServerFixtures.SDK_APP_ID)).isEqualTo("sdk-app");
        SERVER.verify(1, getRequestedFor(urlPathEqualTo("/api/application.one")));
        SERVER.verify(1, getRequestedFor(urlPathEqualTo("/api/project.all")));
    }

    @Test
    void aComposeNameIsLookedUpAmongTheComposeServices() {
        NamedService found = directory.find(ServiceType.COMPOSE, "sdk-compose");

        assertThat(found).isEqualTo(new NamedService(ServiceType.COMPOSE, ServerFixtures.SDK_COMPOSE_ID,
                "sdk-compose"));
    }

    @Test
    void aNameSeveralApplicationsHaveIsAUsageErrorListingThem() throws Exception {
        ArrayNode projects = (ArrayNode) new ObjectMapper().readTree(ServerFixtures.body("project.all"));
        ObjectNode sdkAppOk = (ObjectNode) projects.get(1).path("environments").get(0).path("applications").get(1);
        sdkAppOk.put("name", "sdk-app");
        SERVER.stubFor(get(urlPathEqualTo("/api/project.all")).willReturn(okJson(projects.toString())));

        assertThatThrownBy(() -> directory.find(ServiceType.APPLICATION, "sdk-app"))
                .isInstanceOfSatisfying(CliFailure.class, failure -> {
                    assertThat(failure.exitCode()).isEqualTo(ExitCode.USAGE);
                    assertThat(failure.getMessage()).contains("2 applications are named sdk-app",
                            "sdk-app (project sdk-live, environment production, id " + ServerFixtures.SDK_APP_ID + ")",
                            "sdk-app (project sdk-live, environment production, id " + ServerFixtures.SDK_APP_OK_ID
                                    + ")");
                    assertThat(failure.hint()).contains("--app ID");
                });
    }

    @Test
    void aComposeNameGivenAsAnApplicationSaysWhichOptionToUse() {
        assertThatThrownBy(() -> directory.find(ServiceType.APPLICATION, "sdk-compose"))
                .isInstanceOfSatisfying(CliFailure.class, failure -> {
                    assertThat(failure.exitCode()).isEqualTo(ExitCode.USAGE);
                    assertThat(failure.getMessage()).isEqualTo("sdk-compose is a compose service, not an application");
                    assertThat(failure.hint()).isEqualTo("use --compose sdk-compose");
                });
    }

    @Test
    void neitherAnIdNorANameIsNotFound() {
        assertThatThrownBy(() -> directory.find(ServiceType.APPLICATION, "shop"))
                .isInstanceOfSatisfying(CliFailure.class, failure -> {
                    assertThat(failure.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
                    assertThat(failure.getMessage()).isEqualTo("no application has the id or name shop");
                    assertThat(failure.hint()).contains("/services/application/ID");
                });
    }

    @Test
    void aRefusedKeyIsNotMistakenForAnUnknownId() {
        SERVER.stubFor(get(urlPathEqualTo("/api/application.one")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{\"message\":\"Unauthorized\"}")));

        assertThatThrownBy(() -> directory.find(ServiceType.APPLICATION, "sdk-app"))
                .isInstanceOf(UnauthorizedException.class);
        SERVER.verify(0, getRequestedFor(urlPathEqualTo("/api/project.all")));
    }

    @Test
    void aServiceNeverFoundIsShownByItsId() {
        assertThat(directory.knownName("qH3vT9xK2mLp7RwZ4sNbY")).isEqualTo("qH3vT9xK2mLp7RwZ4sNbY");
        assertThat(SERVER.getAllServeEvents()).isEmpty();
    }
}
