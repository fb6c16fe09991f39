package io.github.dokploy4j.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The commands take a service's name on a real server (answers as Dokploy v0.30.2 sends them). */
class NamesOnARealServerTest {
    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
            .build();

    @BeforeEach
    void aServerWithTheCapturedProjects() {
        SERVER.stubFor(get(urlPathEqualTo("/api/application.one")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody(ServerFixtures.notFound("application.one", "Application not found"))));
        SERVER.stubFor(get(urlPathEqualTo("/api/project.all")).willReturn(okJson(ServerFixtures.body("project.all"))));
        SERVER.stubFor(get(urlPathEqualTo("/api/deployment.all")).willReturn(okJson(ServerFixtures.body(
                "deployment.all"))));
        SERVER.stubFor(get(urlPathEqualTo("/api/deployment.queueList")).willReturn(okJson("[]")));
        SERVER.stubFor(post(urlPathEqualTo("/api/application.deploy")).willReturn(aResponse().withStatus(200)));
    }

    @Test
    void deploymentsListTakesAnApplicationsName() {
        CliRunner.Result result = cli().run("deployments", "list", "--app", "sdk-app");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Zt8wQk1vR4yN6mB2pXc0L", "fix: handle empty DATABASE_URL (#212)");
        assertThat(paths()).containsExactly("/api/application.one?applicationId=sdk-app", "/api/project.all",
                "/api/deployment.all?applicationId=" + ServerFixtures.SDK_APP_ID);
    }

    @Test
    void deployTakesAnApplicationsNameAndShowsIt() {
        CliRunner.Result result = cli().run("deploy", "--app", "sdk-app");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Queued a deploy of sdk-app.");
        SERVER.verify(1, postRequestedFor(urlPathEqualTo("/api/application.deploy")));
    }

    @Test
    void anAmbiguousNameIsAUsageErrorListingTheMatchesAndNothingIsDeployed() throws Exception {
        ArrayNode projects = (ArrayNode) new ObjectMapper().readTree(ServerFixtures.body("project.all"));
        ((ObjectNode) projects.get(1).path("environments").get(0).path("applications").get(1)).put("name", "sdk-app");
        SERVER.stubFor(get(urlPathEqualTo("/api/project.all")).willReturn(okJson(projects.toString())));

        CliRunner.Result result = cli().run("deploy", "--app", "sdk-app", "--wait");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains("2 applications are named sdk-app", ServerFixtures.SDK_APP_ID,
                ServerFixtures.SDK_APP_OK_ID, "hint: pass the id of the one you mean: --app ID");
        SERVER.verify(0, postRequestedFor(urlPathEqualTo("/api/application.deploy")));
    }

    @Test
    void aNameNoServiceHasExitsFour() {
        CliRunner.Result result = cli().run("deployments", "list", "--app", "shop");

        assertThat(result.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(result.err()).contains("no application has the id or name shop");
        SERVER.verify(0, getRequestedFor(urlPathEqualTo("/api/deployment.all")));
    }

    private static CliRunner cli() {
        return new CliRunner().env("DOKPLOY_URL", SERVER.baseUrl()).env("DOKPLOY_API_KEY", "dk_test_key");
    }

    /** The requests' paths and queries, oldest first. */
    private static List<String> paths() {
        List<String> newestFirst = SERVER.getAllServeEvents().stream().map(event -> event.getRequest().getUrl())
                .collect(Collectors.toList());
        Collections.reverse(newestFirst);
        return newestFirst;
    }
}
